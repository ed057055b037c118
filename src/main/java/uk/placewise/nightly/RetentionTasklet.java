package uk.placewise.nightly;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import uk.placewise.PlacewiseProperties;
import uk.placewise.run.NightlyParameters;
import uk.placewise.store.RetentionLedger;
import uk.placewise.store.RetentionPurge;

/**
 * The retention step, after ingest: purges children's records older than {@code placewise.retention.years}
 * (see {@link RetentionPurge}) in the step's transaction, and leaves what it purged in the job's
 * execution context for run-summary.json. On a night when nothing can have aged out since an earlier
 * night's scan ({@link RetentionLedger}), it purges nothing without reading the children's facts.
 */
@Component
class RetentionTasklet implements Tasklet {

	/** Keys in the job's execution context: {@code retention.years}, {@code retention.rows.<table>} ... */
	static final String PREFIX = "retention.";

	private static final Logger LOG = LoggerFactory.getLogger(RetentionTasklet.class);

	private final RetentionPurge purge;

	private final RetentionLedger ledger;

	private final int years;

	RetentionTasklet(RetentionPurge purge, RetentionLedger ledger, PlacewiseProperties properties) {
		this.purge = purge;
		this.ledger = ledger;
		this.years = properties.retention().years();
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var step = contribution.getStepExecution();
		LocalDate asOf = NightlyParameters.of(step).asOf();
		long runId = NightlyParameters.runId(step);
		LocalDate cutoff = asOf.minusYears(years);
		RetentionPurge.Purged purged;
		var scan = ledger.nothingAgedOutSince(runId, cutoff);
		if (scan.isPresent()) {
			purged = RetentionPurge.nothing(asOf, years, scan.get().nextExpiry());
			ledger.record(runId, cutoff, purged.nextExpiry(), scan.get().run());
			LOG.info("run {}: retention read no facts: nothing was ingested since run {} read them, and no child it kept "
					+ "can have aged out by {} ({})", runId, scan.get().run(), cutoff,
					purged.nextExpiry() == null ? "every child it kept is looked after"
							: "the first due, not looked after, last had a fact on " + purged.nextExpiry());
		}
		else {
			purged = purge.purge(asOf, years);
			ledger.record(runId, cutoff, purged.nextExpiry(), runId);
		}
		ExecutionContext job = step.getJobExecution().getExecutionContext();
		job.putInt(PREFIX + "years", years);
		job.putString(PREFIX + "cutoff", purged.cutoff().toString());
		job.putInt(PREFIX + "children", purged.children().size());
		purged.rows().forEach((table, n) -> job.putInt(PREFIX + "rows." + table, n));
		contribution.incrementWriteCount(purged.total());
		return RepeatStatus.FINISHED;
	}

	/** The summary's retention section, or null when the step has not run. */
	static Map<String, Object> summary(ExecutionContext job) {
		if (!job.containsKey(PREFIX + "years")) {
			return null;
		}
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("years", job.getInt(PREFIX + "years"));
		m.put("purged_before", job.getString(PREFIX + "cutoff"));
		m.put("children_purged", job.getInt(PREFIX + "children"));
		Map<String, Integer> rows = new LinkedHashMap<>();
		int total = 0;
		for (String table : RetentionPurge.TABLES) {
			for (String t : new String[] { table, table + "_history" }) {
				int n = job.getInt(PREFIX + "rows." + t, 0);
				rows.put(t, n);
				total += n;
			}
		}
		m.put("rows_purged", rows);
		m.put("total_rows_purged", total);
		return m;
	}
}
