package uk.placewise.store;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.placewise.run.StepPauses;

/** Spring Boot's Flyway migrates the store with {@link StoreSchema}'s additions. */
@Configuration
class StoreSchemaConfiguration {

	@Bean
	FlywayConfigurationCustomizer storeSchema(StepPauses pauses) {
		return configuration -> StoreSchema.configure(configuration, pauses::at);
	}
}
