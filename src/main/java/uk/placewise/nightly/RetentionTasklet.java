package uk.placewise.nightly;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import uk.placewise.PlacewiseProperties;
import uk.placewise.run.NightlyParameters;
import uk.placewise.store.RetentionPurge;

/**
 * The retention step, after ingest: purges children's records older than {@code placewise.retention.years}
 * (see {@link RetentionPurge}) in the step's transaction, and leaves what it purged in the job's
 * execution context for run-summary.json.
 */
@Component
class RetentionTasklet implements Tasklet {

	/** Keys in the job's execution context: {@code retention.years}, {@code retention.rows.<table>} ... */
	static final String PREFIX = "retention.";

	private final RetentionPurge purge;

	private final int years;

	RetentionTasklet(RetentionPurge purge, PlacewiseProperties properties) {
		this.purge = purge;
		this.years = properties.retention().years();
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var step = contribution.getStepExecution();
		LocalDate asOf = NightlyParameters.of(step).asOf();
		RetentionPurge.Purged purged = purge.purge(asOf, years);
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
