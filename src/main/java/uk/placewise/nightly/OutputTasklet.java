package uk.placewise.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import uk.placewise.PlacewiseProperties;
import uk.placewise.briefing.NightlyBriefings;
import uk.placewise.report.NightlyFiles;
import uk.placewise.results.ResultStore;
import uk.placewise.results.RunResult;
import uk.placewise.run.Trees;
import uk.placewise.run.NightlyParameters;
import uk.placewise.run.OutputMode;
import uk.placewise.run.RunFolder;
import uk.placewise.run.StepPauses;

/**
 * Writes the night's CSV, calendar and PDF files into the run's staging folder, from stored results.
 * A restart first clears what a killed attempt left there (half-written files, a PDF's temporary
 * {@code .partial}), keeping only the ingest step's rejects.
 */
@Component
class OutputTasklet implements Tasklet {

	private final ResultStore results;

	private final NightlyFiles files;

	private final StepPauses pauses;

	private final NightlyBriefings briefings;

	private final OutputMode mode;

	OutputTasklet(ResultStore results, NightlyFiles files, StepPauses pauses, NightlyBriefings briefings,
			PlacewiseProperties properties) {
		this.mode = properties.output().outputMode();
		this.results = results;
		this.files = files;
		this.pauses = pauses;
		this.briefings = briefings;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		RunFolder folder = NightlyParameters.folder(contribution.getStepExecution());
		RunResult run = results.run(folder.runId())
			.orElseThrow(() -> new IllegalStateException("run " + folder.runId() + " has no stored assessment"));
		mode.folder(folder.staging());
		clearEarlierAttempt(folder);
		files.write(run, folder.staging());
		briefings.write(run, folder.staging());
		// each file as its writer made it (the umask's mode) is in the owner-only staging folder; now its own
		mode.tree(folder.staging());
		pauses.at("outputs");
		return RepeatStatus.FINISHED;
	}

	private static void clearEarlierAttempt(RunFolder folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder.staging())) {
			for (Path entry : entries.filter(p -> !p.equals(folder.rejects())).toList()) {
				Trees.delete(entry);
			}
		}
	}
}
