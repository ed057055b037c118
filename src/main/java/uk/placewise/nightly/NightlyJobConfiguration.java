package uk.placewise.nightly;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import uk.placewise.run.StepPauses;

/**
 * The nightly job, its steps in the order they run, each a tasklet in its own transaction:
 * <ol>
 * <li><b>ingest</b> every inbox file, one savepoint each (ingest.IngestTasklet); once complete, not run
 * again when a later step of the same run is restarted;</li>
 * <li><b>retention</b>: purge children's records past retention, all or nothing (RetentionTasklet);</li>
 * <li><b>assess</b> every setting with the council's rules, schedule the visits, move the flags through
 * their lifecycle and store it all under the run id (AssessTasklet);</li>
 * <li><b>outputs</b> written into the run's staging folder (OutputTasklet);</li>
 * <li><b>publish</b>: the staged files moved into place, run-summary.json last (PublishTasklet).</li>
 * </ol>
 * Each step is restartable: a killed run restarted with the same parameters continues from the step
 * that failed.
 */
@Configuration
class NightlyJobConfiguration {

	static final String JOB_NAME = "nightly";

	@Bean
	Job nightlyJob(JobRepository jobRepository, @Qualifier("ingestStep") Step ingestStep,
			@Qualifier("retentionStep") Step retentionStep, @Qualifier("assessStep") Step assessStep,
			@Qualifier("outputStep") Step outputStep, @Qualifier("publishStep") Step publishStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(ingestStep)
			.next(retentionStep)
			.next(assessStep)
			.next(outputStep)
			.next(publishStep)
			.build();
	}

	/** The ingest package's tasklet, by its bean name: the package keeps its classes to itself. */
	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			@Qualifier("ingestTasklet") Tasklet ingest) {
		return new StepBuilder("ingest", jobRepository).tasklet(ingest, transactionManager).build();
	}

	@Bean
	Step retentionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RetentionTasklet retention) {
		return new StepBuilder("retention", jobRepository).tasklet(retention, transactionManager).build();
	}

	@Bean
	Step assessStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, AssessTasklet assess,
			StepPauses pauses) {
		return new StepBuilder("assess", jobRepository).tasklet(assess, transactionManager).listener(pauses).build();
	}

	@Bean
	Step outputStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, OutputTasklet output) {
		return new StepBuilder("outputs", jobRepository).tasklet(output, transactionManager).build();
	}

	@Bean
	Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PublishTasklet publish) {
		return new StepBuilder("publish", jobRepository).tasklet(publish, transactionManager)
			.allowStartIfComplete(false)
			.build();
	}
}
