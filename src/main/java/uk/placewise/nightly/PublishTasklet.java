package uk.placewise.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.placewise.PlacewiseProperties;
import uk.placewise.briefing.NightlyBriefings;
import uk.placewise.run.Trees;
import uk.placewise.run.NightlyParameters;
import uk.placewise.run.OutputMode;
import uk.placewise.run.RunFolder;
import uk.placewise.run.StepPauses;
import uk.placewise.store.StoreIdentity;

/**
 * The last step: moves every staged file into --out. Until this step runs, --out still holds the
 * previous night's complete set of files; while it runs, --out has no run-summary.json; run-summary.json
 * moves last, so its presence means the set beside it is whole.
 *
 * <p>Restartable at any point, from what is on disk rather than from the job repository (a commit made
 * just before a kill can be lost: H2 writes commits to its file up to half a second late): a staged
 * run-summary.json means last night's files were already taken away and some of tonight's may be in
 * place, so only what is still staged is moved; a published run-summary.json of this run means only the
 * staging folder is left to remove.
 */
@Component
class PublishTasklet implements Tasklet {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RunSummaryWriter summaries;

	private final StepPauses pauses;

	private final StoreIdentity identity;

	private final OutputMode mode;

	PublishTasklet(RunSummaryWriter summaries, StepPauses pauses, StoreIdentity identity, PlacewiseProperties properties) {
		this.summaries = summaries;
		this.pauses = pauses;
		this.identity = identity;
		this.mode = properties.output().outputMode();
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		StepExecution step = contribution.getStepExecution();
		RunFolder folder = NightlyParameters.folder(step);
		Path out = folder.out();
		Path published = out.resolve(RunSummaryWriter.FILE_NAME);
		Path summary = folder.staging().resolve(RunSummaryWriter.FILE_NAME);
		if (!publishedBy(published, identity.id(), folder.runId()) || !stagedFiles(folder.staging()).isEmpty()) {
			if (!Files.exists(summary)) {
				prepare(step, folder);
			}
			for (Path file : stagedFiles(folder.staging())) {
				Path target = out.resolve(folder.staging().relativize(file).toString());
				mode.folder(target.getParent());
				mode.file(file);
				Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				pauses.at("publish");
			}
			mode.file(summary);
			Files.move(summary, published, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		removeStagingFolders(out);
		return RepeatStatus.FINISHED;
	}

	/**
	 * Nothing of tonight's is in --out yet: takes last night's summary away first (from here on --out
	 * reads as incomplete) and its rejects, then stages tonight's summary, written beside and moved in
	 * whole, since its presence is what tells a restart that this was done.
	 */
	private void prepare(StepExecution step, RunFolder folder) throws IOException {
		mode.folder(folder.staging());
		Files.deleteIfExists(folder.out().resolve(RunSummaryWriter.FILE_NAME));
		Trees.delete(folder.out().resolve("rejects"));
		// last night's briefings go whole too: a visit no longer due leaves no stale briefing behind
		Trees.delete(folder.out().resolve(NightlyBriefings.FOLDER));
		Path partial = folder.staging().resolve(RunSummaryWriter.FILE_NAME + ".partial");
		summaries.write(step.getJobExecution(), stagedFiles(folder.staging()), folder, partial);
		Files.move(partial, folder.staging().resolve(RunSummaryWriter.FILE_NAME), StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * By this run of this store: a new store's run 1 is not another store's run 1 (issue 15). A store
	 * restored from an older backup makes run ids again that --out already has, so a summary of this
	 * store and run id counts as this run's only once nothing is left staged (see execute).
	 */
	private static boolean publishedBy(Path summary, String storeId, long runId) throws IOException {
		if (!Files.exists(summary)) {
			return false;
		}
		JsonNode json = JSON.readTree(summary.toFile());
		return json.path("run_id").asLong(-1) == runId && storeId.equals(json.path("store_id").asString(null));
	}

	/**
	 * This run's staging folder and any left by a killed run that was never restarted: only the latest
	 * run is ever restarted, and this one is it, so they can never be published.
	 */
	static void removeStagingFolders(Path out) throws IOException {
		try (Stream<Path> entries = Files.list(out)) {
			for (Path dir : entries.filter(p -> p.getFileName().toString().startsWith(RunFolder.PREFIX)).toList()) {
				Trees.delete(dir);
			}
		}
	}

	/**
	 * Staging folders that hold no file (a night that failed before its outputs): nothing in them can be
	 * published or restarted from, so --out is left as the last published night left it. One that holds
	 * files (rejects, outputs) is kept: a restart of the failed night publishes them.
	 */
	static void removeEmptyStagingFolders(Path out) throws IOException {
		if (!Files.isDirectory(out)) {
			return;
		}
		try (Stream<Path> entries = Files.list(out)) {
			for (Path dir : entries.filter(p -> p.getFileName().toString().startsWith(RunFolder.PREFIX)).toList()) {
				if (Files.isDirectory(dir) && !hasFiles(dir)) {
					Trees.delete(dir);
				}
			}
		}
	}

	private static boolean hasFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.anyMatch(f -> !Files.isDirectory(f));
		}
	}

	private static List<Path> stagedFiles(Path staging) throws IOException {
		if (!Files.isDirectory(staging)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(staging)) {
			return files.filter(Files::isRegularFile)
				.filter(f -> !f.getFileName().toString().startsWith(RunSummaryWriter.FILE_NAME))
				.sorted()
				.toList();
		}
	}
}
