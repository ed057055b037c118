package uk.placewise.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import uk.placewise.PlacewiseProperties;
import uk.placewise.ingest.InboxQueue;
import uk.placewise.run.NightlyParameters;
import uk.placewise.run.OutputMode;
import uk.placewise.store.IngestLedger;
import uk.placewise.store.IngestWarnings;

/**
 * Runs the nightly job for an inbox, out folder and as-of date. When the last run of those same three
 * failed or was killed, it is restarted (Spring Batch continues from the step that failed); when it
 * completed, the night is run again as a new job instance.
 */
@Service
public class NightlyRun {

	private final JobOperator operator;

	private final JobRepository repository;

	private final Job job;

	private final IngestLedger ledger;

	private final StoreContinuity continuity;

	private final IngestWarnings warnings;

	private final OutputMode mode;

	private final InboxQueue inboxQueue;

	private static final Logger LOG = LoggerFactory.getLogger(NightlyRun.class);

	NightlyRun(JobOperator operator, JobRepository repository, Job nightlyJob, IngestLedger ledger,
			StoreContinuity continuity, IngestWarnings warnings, PlacewiseProperties properties, InboxQueue inboxQueue) {
		this.operator = operator;
		this.repository = repository;
		this.job = nightlyJob;
		this.ledger = ledger;
		this.continuity = continuity;
		this.warnings = warnings;
		this.mode = properties.output().outputMode();
		this.inboxQueue = inboxQueue;
	}

	public NightlyResult run(Path inbox, Path out, LocalDate asOf) throws Exception {
		return run(inbox, out, asOf, false);
	}

	/**
	 * @param acceptNewStore true when the operator means this store to replace the one that wrote --out
	 * ({@code --new-store}); otherwise a store that did not write --out is refused (StoreContinuity)
	 */
	public NightlyResult run(Path inbox, Path out, LocalDate asOf, boolean acceptNewStore) throws Exception {
		if (!Files.isDirectory(inbox)) {
			throw new IllegalArgumentException("inbox " + inbox + " is not a folder");
		}
		// owner-only before anything is written in it: the staging folder and its files are inside
		mode.folder(out);
		continuity.check(out, acceptNewStore);
		continuity.claim(out);
		mode.file(out.resolve(StoreContinuity.MARKER));
		JobExecution unfinished = unfinished(inbox, out, asOf);
		if (unfinished != null && ingested(unfinished)
				&& !inboxQueue.stillAsTaken(inbox, ledger.filesForRun(unfinished.getJobInstance().getInstanceId()))) {
			// the inbox changed after the killed run took it: restarting would publish what the old files said
			LOG.info("run {}: the inbox changed since its ingest step finished, so the night is run afresh",
					unfinished.getJobInstance().getInstanceId());
			abandon(unfinished);
			unfinished = null;
		}
		JobExecution execution;
		if (unfinished != null) {
			execution = operator.restart(unfinished);
		}
		else {
			// only the latest run is ever restarted, and it is not: any staging folder in --out is dead,
			// and may be another store's run of the same id
			PublishTasklet.removeStagingFolders(out);
			execution = operator.start(job, new NightlyParameters(inbox, out, asOf, completedRuns(inbox, out, asOf))
				.toJobParameters());
		}
		long runId = execution.getJobInstance().getInstanceId();
		boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
		if (!completed) {
			PublishTasklet.removeEmptyStagingFolders(out);
		}
		String failure = completed ? null
				: execution.getAllFailureExceptions()
					.stream()
					.map(NightlyRun::rootMessage)
					.findFirst()
					.orElse(execution.getExitStatus().getExitDescription());
		return new NightlyResult(runId, completed, unfinished != null, failure, ledger.filesForRun(runId),
				warnings.forRun(runId));
	}

	/**
	 * The last execution of this night's job if it did not complete. An execution still marked as
	 * running can only be a killed process's (this process holds the database), so it is marked failed
	 * first, which is what Spring Batch needs before a restart.
	 */
	private JobExecution unfinished(Path inbox, Path out, LocalDate asOf) {
		JobInstance last = repository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME);
		if (last == null) {
			return null;
		}
		JobExecution execution = repository.getLastJobExecution(last);
		if (execution == null || execution.getStatus() == BatchStatus.COMPLETED
				|| execution.getStatus() == BatchStatus.ABANDONED) {
			return null;
		}
		NightlyParameters p = NightlyParameters.of(execution.getJobParameters());
		if (!p.asOf().equals(asOf) || !p.inbox().equals(inbox.toAbsolutePath().normalize())
				|| !p.out().equals(out.toAbsolutePath().normalize())) {
			return null;
		}
		if (execution.isRunning()) {
			markKilled(execution);
		}
		return execution;
	}

	private static boolean ingested(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.anyMatch(s -> s.getStepName().equals("ingest") && s.getStatus() == BatchStatus.COMPLETED);
	}

	private void abandon(JobExecution execution) {
		execution.setStatus(BatchStatus.ABANDONED);
		repository.update(execution);
	}

	private void markKilled(JobExecution execution) {
		LocalDateTime now = LocalDateTime.now(Clock.systemDefaultZone()); // a timestamp, not date logic
		execution.getStepExecutions().stream().filter(s -> s.getStatus().isRunning()).forEach(s -> {
			s.setStatus(BatchStatus.FAILED);
			s.setEndTime(now);
			repository.update(s);
		});
		execution.setStatus(BatchStatus.FAILED);
		execution.setEndTime(now);
		repository.update(execution);
	}

	private long completedRuns(Path inbox, Path out, LocalDate asOf) {
		long n = 0;
		while (repository.getJobInstance(NightlyJobConfiguration.JOB_NAME,
				new NightlyParameters(inbox, out, asOf, n).toJobParameters()) != null) {
			n++;
		}
		return n;
	}

	private static String rootMessage(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}
