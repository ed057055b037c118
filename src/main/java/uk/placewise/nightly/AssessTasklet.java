package uk.placewise.nightly;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import uk.placewise.PlacewiseProperties;
import uk.placewise.assess.Assessment;
import uk.placewise.assess.Assessor;
import uk.placewise.assess.Flag;
import uk.placewise.assess.RuleBase;
import uk.placewise.assess.RuleBudget;
import uk.placewise.dashboard.KpiCalculator;
import uk.placewise.facts.FactSet;
import uk.placewise.panel.FlagLifecycle;
import uk.placewise.results.FlagResult;
import uk.placewise.results.ResultStore;
import uk.placewise.results.RulesetWarningStore;
import uk.placewise.results.RunResult;
import uk.placewise.results.RunReuse;
import uk.placewise.results.SettingResult;
import uk.placewise.run.NightlyParameters;
import uk.placewise.store.FactLoader;
import uk.placewise.store.IngestWarnings;

/**
 * The assess step: loads the facts for the as-of date, runs the council's rules once over all of them,
 * schedules the QA visits, moves the panel flags through their lifecycle, computes the dashboard's
 * measures, and stores it all under the run id in one transaction. When nothing the assessment depends
 * on has changed since an earlier run ({@link AssessmentFingerprint}), that run's results are reused
 * instead (off with {@code placewise.assess.reuse=false}).
 */
@Component
class AssessTasklet implements Tasklet {

	/** Set to false, every night is assessed afresh. Read at each run, as is the capacity (PlacewiseProperties). */
	static final String REUSE = "placewise.assess.reuse";

	/** QA visits the team can make in a month; unset means no limit. */
	static final String MONTHLY_CAPACITY = "placewise.qa.monthly-capacity";

	/** In the step's execution context when the step reused an earlier run's results: that run's id. */
	static final String REUSED_RUN = "assess.reused-run";

	private static final Logger LOG = LoggerFactory.getLogger(AssessTasklet.class);

	private final FactLoader facts;

	private final ResultStore results;

	private final AssessmentFingerprint fingerprints;

	private final RunReuse runs;

	private final Environment environment;

	private final IngestWarnings warnings;

	private final RulesetWarningStore rulesets;

	AssessTasklet(FactLoader facts, ResultStore results, AssessmentFingerprint fingerprints, RunReuse runs,
			Environment environment, IngestWarnings warnings, RulesetWarningStore rulesets) {
		this.warnings = warnings;
		this.rulesets = rulesets;
		this.facts = facts;
		this.results = results;
		this.fingerprints = fingerprints;
		this.runs = runs;
		this.environment = environment;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var step = contribution.getStepExecution();
		LocalDate asOf = NightlyParameters.of(step).asOf();
		long runId = NightlyParameters.runId(step);
		PlacewiseProperties now = PlacewiseProperties.current(environment);
		Path rules = now.rulesFolder();
		UncompiledRules.record(warnings, runId, rules);
		Path bankHolidays = now.qa().bankHolidaysFile();
		Integer capacity = now.qa().monthlyCapacity();
		OptionalInt monthlyCapacity = capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity);
		Optional<String> fingerprint = fingerprints.of(asOf, rules, bankHolidays, monthlyCapacity);
		boolean reuse = now.assess().reuse();
		Optional<Long> earlier = reuse ? fingerprint.flatMap(f -> runs.earlierRunWith(f, runId)) : Optional.empty();
		if (earlier.isPresent()) {
			int settings = reuse(earlier.get(), runId, asOf, fingerprint.get());
			step.getExecutionContext().putLong(REUSED_RUN, earlier.get());
			LOG.info("run {}: nothing the assessment depends on changed since run {} (fingerprint {}): reused its "
					+ "{} settings' results", runId, earlier.get(), fingerprint.get(), settings);
			contribution.incrementWriteCount(settings);
			return RepeatStatus.FINISHED;
		}
		RuleBase ruleBase = RuleBase.compile(rules);
		RulesWarnings.record(step.getJobExecution().getExecutionContext(), ruleBase.version(), ruleBase.warnings());
		rulesets.save(ruleBase.version(), ruleBase.warnings());
		FactSet night = facts.load(asOf, ruleBase.factWindow().lookBackDays());
		Assessment assessment = new Assessor(ruleBase, now.assess().budget()).assess(night);
		List<SettingResult> settings = NightSchedule.settings(assessment, night, bankHolidays, monthlyCapacity);
		List<FlagResult> flags = FlagLifecycle.apply(results.openFlagsBefore(asOf), assessment.flags(), asOf);
		RunResult run = new RunResult(runId, asOf, ruleBase.version());
		results.save(run, settings, flags);
		results.saveKpis(runId,
				new KpiCalculator(night, facts.costs(asOf), settings, flags, assessment.measures()).compute());
		// kept only if the rules and the bank holidays read now are still the ones the fingerprint hashed
		fingerprint.filter(f -> fingerprints.of(asOf, rules, bankHolidays, monthlyCapacity).equals(Optional.of(f)))
			.ifPresent(f -> runs.fingerprint(runId, f));
		contribution.incrementWriteCount(settings.size());
		return RepeatStatus.FINISHED;
	}


	/**
	 * Stores run {@code from}'s results as this run's: settings, reasons and measures copied; the flags it
	 * raised taken through the lifecycle again (the night before this one may not be {@code from}).
	 */
	private int reuse(long from, long runId, LocalDate asOf, String fingerprint) {
		RunResult earlier = results.run(from).orElseThrow();
		List<Flag> raised = results.flags(from)
			.stream()
			.filter(FlagResult::open)
			.map(f -> new Flag(f.child(), f.urn(), f.code(), f.severity().word(), f.fact(), f.factDate(), f.source()))
			.toList();
		List<FlagResult> flags = FlagLifecycle.apply(results.openFlagsBefore(asOf), raised, asOf);
		return runs.copy(from, new RunResult(runId, asOf, earlier.rulesetVersion()), fingerprint, flags,
				KpiCalculator.flagMeasures(flags, asOf));
	}
}
