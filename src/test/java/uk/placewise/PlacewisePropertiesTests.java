package uk.placewise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Every placewise.* setting: one record, one default each, checked when a command starts. */
class PlacewisePropertiesTests {

	static PlacewiseProperties check(String... args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
		return PlacewiseProperties.check(environment);
	}

	@Test
	void everySettingHasItsDefault() {
		PlacewiseProperties defaults = check();
		assertThat(defaults.council()).isEqualTo("Placewise Demo Council");
		assertThat(defaults.rulesFolder()).isEqualTo(Path.of("rules"));
		assertThat(defaults.jobsFolder()).isEqualTo(Path.of("jobs"));
		assertThat(defaults.reportsFolder()).isEqualTo(Path.of("reports"));
		assertThat(defaults.qa().bankHolidaysFile()).isEqualTo(Path.of("jobs", "bank-holidays-england-and-wales.csv"));
		assertThat(defaults.qa().monthlyCapacity()).isNull();
		assertThat(defaults.retention().years()).isEqualTo(7);
		assertThat(defaults.ingest().maxFileMb()).isEqualTo(256);
		assertThat(defaults.assess().reuse()).isTrue();
		assertThat(defaults.test().pauseAt()).isEmpty();
	}

	@Test
	void theBankHolidaysFollowTheJobsFolderUnlessGiven() {
		assertThat(check("--placewise.jobs=/etc/placewise/jobs").qa().bankHolidaysFile())
			.isEqualTo(Path.of("/etc/placewise/jobs/bank-holidays-england-and-wales.csv"));
		assertThat(check("--placewise.qa.bank-holidays=/srv/holidays.csv").qa().bankHolidaysFile())
			.isEqualTo(Path.of("/srv/holidays.csv"));
	}

	@Test
	void environmentVariablesSetSettingsAsTheReadmeSays() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new org.springframework.core.env.SystemEnvironmentPropertySource(
							StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("PLACEWISE_QA_MONTHLYCAPACITY", "40", "PLACEWISE_HOME", "/opt/placewise")));
		assertThat(PlacewiseProperties.check(environment).qa().monthlyCapacity()).isEqualTo(40);
	}

	@Test
	void anUnknownKeyFromAnotherToolInTheJvmsPropertiesIsLeftAlone() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
					new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
							Map.of("placewise.it.postgres", "jdbc:postgresql://localhost/placewise")));
		assertThat(PlacewiseProperties.check(environment).council()).isEqualTo("Placewise Demo Council");
	}

	@Nested
	class AMistakeNamesTheKey {

		@Test
		void aMisspeltKey() {
			assertThatIllegalArgumentException().isThrownBy(() -> check("--placewise.qa.monthy-capacity=40"))
				.withMessageStartingWith("unknown setting placewise.qa.monthy-capacity");
		}

		@Test
		void aCapacityOfNoVisits() {
			assertThatIllegalArgumentException().isThrownBy(() -> check("--placewise.qa.monthly-capacity=0"))
				.withMessageStartingWith("placewise.qa.monthly-capacity must be at least 1");
		}

		@Test
		void aNumberThatIsNotOne() {
			assertThatIllegalArgumentException().isThrownBy(() -> check("--placewise.qa.monthly-capacity=forty"))
				.withMessage("placewise.qa.monthly-capacity cannot be 'forty' (it must be a whole number)");
		}

		@Test
		void aRetentionOfNoYears() {
			assertThatIllegalArgumentException().isThrownBy(() -> check("--placewise.retention.years=0"))
				.withMessageStartingWith("placewise.retention.years must be at least 1");
		}

		@Test
		void aYesNoSettingThatIsNeither() {
			assertThatIllegalArgumentException().isThrownBy(() -> check("--placewise.assess.reuse=maybe"))
				.withMessage("placewise.assess.reuse cannot be 'maybe' (it must be true or false)");
		}

		@Test
		void anEmptyCouncilName() {
			assertThatIllegalArgumentException().isThrownBy(() -> check("--placewise.council= "))
				.withMessageStartingWith("placewise.council must name the council");
		}
	}
}
