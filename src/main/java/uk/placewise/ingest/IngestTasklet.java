package uk.placewise.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import uk.placewise.PlacewiseProperties;
import uk.placewise.run.NightlyParameters;
import uk.placewise.run.OutputMode;
import uk.placewise.run.RunFolder;
import uk.placewise.run.StepPauses;
import uk.placewise.store.IngestLedger;
import uk.placewise.store.IngestedFile;

/**
 * One inbox file per call, each in the step's transaction: its rows and its ledger row commit
 * together, so a killed run never leaves half a file. The ledger is the step's memory: a restarted run
 * skips the files this run already recorded with the content they have now ({@link InboxQueue}), and
 * reads again one that changed since it was recorded. A file that fails for an unexpected reason is
 * rolled back to a savepoint and recorded as failed; the other files are still ingested.
 */
@Component
class IngestTasklet implements Tasklet {

	private final FileIngester files;

	private final IngestLedger ledger;

	private final TransactionTemplate savepoint;

	private final Path jobs;

	private final StepPauses pauses;

	private final InboxQueue queue;

	private final OutputMode mode;

	IngestTasklet(FileIngester files, IngestLedger ledger, PlatformTransactionManager transactionManager,
			PlacewiseProperties properties, StepPauses pauses, InboxQueue queue) {
		this.files = files;
		this.ledger = ledger;
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.jobs = properties.jobsFolder();
		this.pauses = pauses;
		this.queue = queue;
		this.mode = properties.output().outputMode();
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		NightlyParameters parameters = NightlyParameters.of(contribution.getStepExecution());
		RunFolder folder = NightlyParameters.folder(contribution.getStepExecution());
		long runId = folder.runId();
		List<IngestedFile> done = ledger.filesForRun(runId);
		if (!done.isEmpty()) {
			pauses.at("ingest");
		}
		Path next = queue.next(contribution.getStepExecution(), inboxFiles(parameters.inbox()), done);
		if (next == null) {
			for (Path special : notRegularFiles(parameters.inbox())) {
				ledger.record(runId, new IngestedFile(special.getFileName().toString(), null, null, "unrecognised", 0, 0,
						0, 0, 0, "not a regular file (a pipe, a device or socket, or a link to one): not read"));
			}
			RejectWriter.joinParts(folder.rejects());
			mode.tree(folder.staging());
			return RepeatStatus.FINISHED;
		}
		List<FeedDefinition> feeds = FeedDefinitions.load(jobs);
		mode.folder(folder.rejects());
		long started = System.nanoTime();
		try {
			savepoint.executeWithoutResult(tx -> {
				try {
					for (IngestedFile result : files.ingestAll(next, feeds, folder.rejects(), runId, parameters.asOf())) {
						ledger.record(runId, result);
						contribution.incrementWriteCount(result.rowsAccepted());
					}
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
		catch (RuntimeException ex) {
			RejectWriter.discard(folder.rejects(), next.getFileName().toString());
			boolean unreadable = rootCause(ex) instanceof java.nio.file.AccessDeniedException;
			ledger.record(runId, new IngestedFile(next.getFileName().toString(), null, null,
					unreadable ? "unreadable" : "failed", 0, 0, 0, 0, (System.nanoTime() - started) / 1_000_000,
					unreadable ? "not ingested: this run may not read the file (permission denied); let the user that runs"
							+ " placewise read it" : "not ingested: " + FailureMessage.of(next, ex)));
		}
		return RepeatStatus.CONTINUABLE;
	}


	/** The files a nightly run reads: every regular, non-hidden file directly in the inbox, by name. */
	static List<Path> inboxFiles(Path inbox) throws IOException {
		try (Stream<Path> list = Files.list(inbox)) {
			return list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
		}
	}

	/**
	 * What else is in the inbox, not hidden and not a folder: a pipe, a device or a link to one is never
	 * read (it could block or never end), but it is listed, so that nothing in the inbox goes unsaid.
	 */
	static List<Path> notRegularFiles(Path inbox) throws IOException {
		try (Stream<Path> list = Files.list(inbox)) {
			return list.filter(f -> !f.getFileName().toString().startsWith("."))
				.filter(f -> !Files.isRegularFile(f) && !Files.isDirectory(f))
				.sorted()
				.toList();
		}
	}

	private static Throwable rootCause(Throwable t) {
		Throwable root = t;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}
}
