package uk.placewise.nightly;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The retention step of the nightly job: one transaction, so a killed run purges all or nothing. */
@Configuration
class RetentionStepConfiguration {

	@Bean
	Step retentionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RetentionTasklet retention) {
		return new StepBuilder("retention", jobRepository).tasklet(retention, transactionManager).build();
	}
}
