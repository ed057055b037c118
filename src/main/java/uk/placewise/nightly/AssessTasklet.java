package uk.placewise.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.placewise.assess.Assessment;
import uk.placewise.assess.Assessor;
import uk.placewise.assess.RuleBase;
import uk.placewise.assess.SettingAssessment;
import uk.placewise.dashboard.KpiCalculator;
import uk.placewise.facts.FactSet;
import uk.placewise.facts.Placement;
import uk.placewise.facts.QaVisit;
import uk.placewise.panel.FlagLifecycle;
import uk.placewise.results.FlagResult;
import uk.placewise.results.ResultStore;
import uk.placewise.results.RunResult;
import uk.placewise.results.SettingResult;
import uk.placewise.run.NightlyParameters;
import uk.placewise.schedule.ScheduledVisit;
import uk.placewise.schedule.VisitNeed;
import uk.placewise.schedule.VisitScheduler;
import uk.placewise.schedule.WorkingDays;
import uk.placewise.store.FactLoader;

/**
 * The assess step: loads the facts for the as-of date, runs the council's rules once over all of them,
 * schedules the QA visits, moves the panel flags through their lifecycle, computes the dashboard's
 * measures, and stores it all under the run id in one transaction.
 */
@Component
class AssessTasklet implements Tasklet {

	private static final List<String> BANDS = List.of("Critical", "High", "Medium", "Low");

	private final FactLoader facts;

	private final ResultStore results;

	private final Path rules;

	private final Path bankHolidays;

	private final OptionalInt monthlyCapacity;

	AssessTasklet(FactLoader facts, ResultStore results, @Value("${placewise.rules}") Path rules,
			@Value("${placewise.qa.bank-holidays}") Path bankHolidays,
			@Value("${placewise.qa.monthly-capacity:#{null}}") Integer monthlyCapacity) {
		this.facts = facts;
		this.results = results;
		this.rules = rules;
		this.bankHolidays = bankHolidays;
		this.monthlyCapacity = monthlyCapacity == null ? OptionalInt.empty() : OptionalInt.of(monthlyCapacity);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var step = contribution.getStepExecution();
		LocalDate asOf = NightlyParameters.of(step).asOf();
		long runId = NightlyParameters.runId(step);
		RuleBase ruleBase = RuleBase.compile(rules);
		FactSet night = facts.load(asOf);
		Assessment assessment = new Assessor(ruleBase).assess(night);
		List<SettingResult> settings = schedule(assessment, night);
		List<FlagResult> flags = FlagLifecycle.apply(results.openFlagsBefore(runId), assessment.flags(), asOf);
		RunResult run = new RunResult(runId, asOf, ruleBase.version());
		results.save(run, settings, flags);
		results.saveKpis(runId, new KpiCalculator(night, facts.costs(asOf), settings, flags).compute());
		contribution.incrementWriteCount(settings.size());
		return RepeatStatus.FINISHED;
	}

	private List<SettingResult> schedule(Assessment assessment, FactSet night) {
		Map<String, LocalDate> lastVisits = new HashMap<>();
		for (QaVisit v : night.qaVisits()) {
			lastVisits.merge(v.urn(), v.date(), (a, b) -> b.isAfter(a) ? b : a);
		}
		Map<String, LocalDate> firstPlaced = new HashMap<>();
		Map<String, Integer> childrenPlaced = new HashMap<>();
		for (Placement p : night.placements()) {
			if (p.current() && p.urn() != null) {
				firstPlaced.merge(p.urn(), p.placedSince(), (a, b) -> b.isBefore(a) ? b : a);
				childrenPlaced.merge(p.urn(), 1, Integer::sum);
			}
		}
		List<VisitNeed> needs = new ArrayList<>();
		for (SettingAssessment s : assessment.settings()) {
			LocalDate last = lastVisits.get(s.setting().urn());
			needs.add(new VisitNeed(s.setting().urn(), BANDS.indexOf(s.band()), s.score(), s.visitEveryMonths(),
					s.firstVisitWorkingDays(), s.firstVisitMonths(), last,
					firstPlaced.get(s.setting().urn())));
		}
		Map<String, ScheduledVisit> visits = new HashMap<>();
		new VisitScheduler(WorkingDays.load(bankHolidays), monthlyCapacity).schedule(needs, night.asOf())
			.forEach(v -> visits.put(v.urn(), v));
		List<SettingResult> settings = new ArrayList<>();
		for (SettingAssessment s : assessment.settings()) {
			String urn = s.setting().urn();
			ScheduledVisit v = visits.get(urn);
			settings.add(new SettingResult(urn, s.setting().name(), s.setting().provider(), s.setting().type().name(),
					s.score(), s.band(), s.bandRule(), s.visitEveryMonths(), s.firstVisitWorkingDays(),
					s.firstVisitMonths(), childrenPlaced.getOrDefault(urn, 0), v.lastVisit(), v.due(), v.overdue(),
					v.overCapacity(), v.rule(), s.reasons()));
		}
		return settings;
	}
}
