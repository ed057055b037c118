package uk.placewise.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import uk.placewise.run.NightlyParameters;
import uk.placewise.run.RunFolder;

/**
 * The last step: writes run-summary.json into the staging folder, then moves every staged file into
 * --out. Until this step runs, --out still holds the previous night's complete set of files.
 * run-summary.json moves last, so its presence means the set beside it is whole.
 */
@Component
class PublishTasklet implements Tasklet {

	private final RunSummaryWriter summaries;

	PublishTasklet(RunSummaryWriter summaries) {
		this.summaries = summaries;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		RunFolder folder = NightlyParameters.folder(contribution.getStepExecution());
		Files.createDirectories(folder.staging());
		List<Path> staged = stagedFiles(folder.staging());
		summaries.write(contribution.getStepExecution().getJobExecution(), staged, folder);
		Path out = folder.out();
		Files.deleteIfExists(out.resolve(RunSummaryWriter.FILE_NAME));
		replaceRejects(folder);
		for (Path file : staged) {
			Path target = out.resolve(folder.staging().relativize(file).toString());
			Files.createDirectories(target.getParent());
			Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		Files.move(folder.staging().resolve(RunSummaryWriter.FILE_NAME), out.resolve(RunSummaryWriter.FILE_NAME),
				StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		deleteTree(folder.staging());
		return RepeatStatus.FINISHED;
	}

	/** Last night's rejects belong to last night's inbox: they go when tonight's are published. */
	private static void replaceRejects(RunFolder folder) {
		deleteTree(folder.out().resolve("rejects"));
	}

	private static List<Path> stagedFiles(Path staging) throws IOException {
		try (Stream<Path> files = Files.walk(staging)) {
			return new ArrayList<>(files.filter(Files::isRegularFile)
				.filter(f -> !f.getFileName().toString().equals(RunSummaryWriter.FILE_NAME))
				.sorted()
				.toList());
		}
	}

	private static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
