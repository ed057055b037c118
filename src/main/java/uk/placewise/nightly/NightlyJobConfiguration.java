package uk.placewise.nightly;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import uk.placewise.run.StepPauses;

/**
 * The nightly job, one way: ingest the inbox, purge children's records past retention, assess every
 * setting, write the outputs into the run's staging folder, then publish them. Each step is restartable: a killed run restarted with the same
 * parameters continues from the step that failed.
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
