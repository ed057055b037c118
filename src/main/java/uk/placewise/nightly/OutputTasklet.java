package uk.placewise.nightly;

import java.nio.file.Files;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import uk.placewise.report.NightlyFiles;
import uk.placewise.results.ResultStore;
import uk.placewise.results.RunResult;
import uk.placewise.run.NightlyParameters;
import uk.placewise.run.RunFolder;

/** Writes the night's CSV, calendar and PDF files into the run's staging folder, from stored results. */
@Component
class OutputTasklet implements Tasklet {

	private final ResultStore results;

	private final NightlyFiles files;

	OutputTasklet(ResultStore results, NightlyFiles files) {
		this.results = results;
		this.files = files;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		RunFolder folder = NightlyParameters.folder(contribution.getStepExecution());
		RunResult run = results.run(folder.runId())
			.orElseThrow(() -> new IllegalStateException("run " + folder.runId() + " has no stored assessment"));
		Files.createDirectories(folder.staging());
		files.write(run, folder.staging());
		return RepeatStatus.FINISHED;
	}
}
