package uk.placewise.ingest;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest step of the nightly job: every inbox file, one transaction each (see {@link IngestTasklet}).
 * Once complete it is not run again when a later step of the same run is restarted.
 */
@Configuration
class IngestStepConfiguration {

	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, IngestTasklet ingest) {
		return new StepBuilder("ingest", jobRepository).tasklet(ingest, transactionManager).build();
	}
}
