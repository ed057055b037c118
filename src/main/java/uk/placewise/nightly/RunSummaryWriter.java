package uk.placewise.nightly;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.placewise.results.ResultStore;
import uk.placewise.results.RulesetWarningStore;
import uk.placewise.results.RunResult;
import uk.placewise.results.SettingResult;
import uk.placewise.run.NightlyParameters;
import uk.placewise.run.RunFolder;
import uk.placewise.store.IngestLedger;
import uk.placewise.store.IngestWarning;
import uk.placewise.store.IngestWarnings;
import uk.placewise.store.IngestedFile;
import uk.placewise.store.StoreIdentity;

/** Writes run-summary.json: the run, its inputs with SHA-256 and row counts, its outputs and timings. */
@Component
class RunSummaryWriter {

	static final String FILE_NAME = "run-summary.json";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final IngestLedger ledger;

	private final ResultStore results;

	private final StoreIdentity identity;

	private final IngestWarnings warnings;

	private final RulesetWarningStore rulesets;

	RunSummaryWriter(IngestLedger ledger, ResultStore results, StoreIdentity identity, IngestWarnings warnings,
			RulesetWarningStore rulesets) {
		this.ledger = ledger;
		this.results = results;
		this.identity = identity;
		this.warnings = warnings;
		this.rulesets = rulesets;
	}

	void write(JobExecution job, List<Path> staged, RunFolder folder, Path target) throws IOException {
		NightlyParameters parameters = NightlyParameters.of(job.getJobParameters());
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("run_id", folder.runId());
		// which store the run is of: publishing and the next night compare it (StoreContinuity)
		summary.put("store_id", identity.id());
		summary.put("as_of", parameters.asOf().toString());
		// from the store, not the job's execution context: a restarted run may not have run the assess step
		String rulesetVersion = results.run(folder.runId()).map(RunResult::rulesetVersion).orElse(null);
		summary.put("ruleset_version", rulesetVersion);
		summary.put("inbox", parameters.inbox().toString());
		List<IngestedFile> files = ledger.filesForRun(folder.runId());
		List<IngestWarning> said = warnings.forRun(folder.runId());
		NightVerdict verdict = NightVerdict.of(files, said);
		summary.put("verdict", NightVerdictJson.verdict(verdict));
		summary.put("totals", totals(files));
		summary.put("inputs", files.stream().map(RunSummaryWriter::input).toList());
		summary.put("warnings", NightVerdictJson.warnings(verdict));
		summary.put("retention", RetentionTasklet.summary(job.getExecutionContext()));
		summary.put("rules_warnings", rulesWarnings(job, rulesetVersion));
		summary.put("schedule", schedule(results.settings(folder.runId())));
		summary.put("outputs", staged.stream().map(p -> folder.staging().relativize(p).toString()).toList());
		summary.put("timings_ms", timings(job));
		JSON.writeValue(target.toFile(), summary);
	}

	/**
	 * The warnings of the ruleset the night's results came from, whether this process compiled it (the
	 * assess step ran) or not (a reused unchanged night, a restart after the assessment was committed):
	 * a night's summary says the same whichever way it was reached, and the rules are not compiled to say
	 * it (the store keeps each compiled ruleset's warnings). Null only when the store has no record of
	 * that ruleset's compilation (results stored before Placewise kept them).
	 */
	private Map<String, Object> rulesWarnings(JobExecution job, String rulesetVersion) {
		Map<String, Object> recorded = RulesWarnings.summary(job.getExecutionContext());
		if (recorded != null || rulesetVersion == null) {
			return recorded;
		}
		return rulesets.of(rulesetVersion).map(RulesWarnings::summary).orElse(null);
	}

	private static Map<String, Object> input(IngestedFile f) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("file", f.fileName());
		m.put("sha256", f.sha256());
		m.put("feed", f.feed());
		m.put("status", f.status());
		m.put("rows_read", f.rowsRead());
		m.put("rows_accepted", f.rowsAccepted());
		m.put("rows_rejected", f.rowsRejected());
		m.put("rows_unchanged", f.rowsUnchanged());
		m.put("millis", f.millis());
		if (f.message() != null) {
			m.put("message", f.message());
		}
		return m;
	}

	/**
	 * The QA visit schedule in numbers. When visits are over the team's monthly capacity even after lower
	 * bands were moved (never past the annual floor), the summary says so with the URNs.
	 */
	private static Map<String, Object> schedule(List<SettingResult> settings) {
		List<SettingResult> due = settings.stream().filter(s -> s.nextDue() != null).toList();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("visits", due.size());
		m.put("overdue", due.stream().filter(SettingResult::overdue).count());
		m.put("moved_for_capacity", due.stream().filter(s -> s.movedFrom() != null).count());
		List<String> over = due.stream().filter(SettingResult::overCapacity).map(SettingResult::urn).toList();
		m.put("over_capacity", over.size());
		if (!over.isEmpty()) {
			m.put("over_capacity_warning", over.size() + " visits do not fit the QA team's monthly capacity even after "
					+ "lower bands were moved up to the annual floor; they keep their dates, marked 'over capacity'");
			m.put("over_capacity_urns", over);
		}
		return m;
	}

	private static Map<String, Object> totals(List<IngestedFile> files) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("files", NightlyResult.inboxFiles(files));
		m.put("tables", files.size());
		m.put("unrecognised", files.stream().filter(f -> "unrecognised".equals(f.status())).count());
		for (String status : List.of("refused", "unreadable", "failed")) {
			m.put(status, files.stream().filter(f -> status.equals(f.status())).count());
		}
		m.put("rows_read", files.stream().mapToInt(IngestedFile::rowsRead).sum());
		m.put("rows_accepted", files.stream().mapToInt(IngestedFile::rowsAccepted).sum());
		m.put("rows_rejected", files.stream().mapToInt(IngestedFile::rowsRejected).sum());
		m.put("rows_unchanged", files.stream().mapToInt(IngestedFile::rowsUnchanged).sum());
		return m;
	}

	private static Map<String, Long> timings(JobExecution job) {
		Map<String, Long> m = new LinkedHashMap<>();
		for (StepExecution step : job.getStepExecutions()) {
			if (step.getStartTime() != null && step.getEndTime() != null) {
				m.put(step.getStepName(), Duration.between(step.getStartTime(), step.getEndTime()).toMillis());
			}
		}
		return m;
	}
}
