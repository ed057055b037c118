package uk.placewise.run;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * The nightly job's parameters. {@code rerun} counts completed runs of the same inbox, out and as-of,
 * so running a night again is a new job instance while a failed run is restarted as the same one.
 */
public record NightlyParameters(Path inbox, Path out, LocalDate asOf, long rerun) {

	public static final String INBOX = "inbox";

	public static final String OUT = "out";

	public static final String AS_OF = "asOf";

	public static final String RERUN = "rerun";

	public JobParameters toJobParameters() {
		return new JobParametersBuilder().addString(INBOX, inbox.toAbsolutePath().normalize().toString())
			.addString(OUT, out.toAbsolutePath().normalize().toString())
			.addLocalDate(AS_OF, asOf)
			.addLong(RERUN, rerun)
			.toJobParameters();
	}

	public static NightlyParameters of(JobParameters parameters) {
		return new NightlyParameters(Path.of(parameters.getString(INBOX)), Path.of(parameters.getString(OUT)),
				parameters.getLocalDate(AS_OF), parameters.getLong(RERUN));
	}

	public static NightlyParameters of(StepExecution step) {
		return of(step.getJobExecution().getJobParameters());
	}

	/** The run id every output carries: the Spring Batch job instance id. */
	public static long runId(StepExecution step) {
		return step.getJobExecution().getJobInstance().getInstanceId();
	}

	public static RunFolder folder(StepExecution step) {
		return new RunFolder(of(step).out(), runId(step));
	}
}
