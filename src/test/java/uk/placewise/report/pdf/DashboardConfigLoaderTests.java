package uk.placewise.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DashboardConfigLoaderTests {

	@Test
	void shippedDashboardYmlHasEveryMeasureK1ToK12() throws Exception {
		DashboardConfig config = DashboardConfigLoader.load(ReportsFolder.defaults());
		assertThat(config.measures()).extracting(MeasureTarget::id)
			.containsExactly("K1", "K2", "K3", "K4-residential", "K4-ifa", "K4-supported", "K5", "K6", "K7", "K8",
					"K9", "K10", "K11-reg44", "K11-reg45", "K12");
	}

	@Test
	void defaultsAreCheshireEastsScorecardTargets() throws Exception {
		DashboardConfig config = DashboardConfigLoader.load(ReportsFolder.defaults());
		assertThat(config.require("K1").target()).isEqualTo(100d);
		assertThat(config.require("K2").target()).isEqualTo(0d);
		assertThat(config.require("K3").target()).isEqualTo(10d);
		assertThat(config.require("K4-residential").target()).isEqualTo(2800d);
		assertThat(config.require("K4-ifa").target()).isEqualTo(760d);
		assertThat(config.require("K5").target()).isEqualTo(100d);
		assertThat(config.require("K6").direction()).isEqualTo(MeasureTarget.Direction.FALLING);
	}

	@Test
	void aMissingFolderFallsBackToTheCopyInTheJar() throws Exception {
		DashboardConfig config = DashboardConfigLoader.load(new ReportsFolder(Path.of("no-such-folder")));
		assertThat(config.require("K1").target()).isEqualTo(100d);
	}

	@ParameterizedTest
	@ValueSource(strings = { "dashboard.yml", "fonts/LiberationSans-Regular.ttf", "fonts/LiberationSans-Bold.ttf",
			"fonts/OFL.txt" })
	void theCopyInTheJarIsTheSameAsTheReportsFolder(String file) throws Exception {
		try (InputStream bundled = ReportsFolder.class.getResourceAsStream("/reports/" + file)) {
			assertThat(bundled).as("src/main/resources/reports/" + file).isNotNull();
			assertThat(bundled.readAllBytes()).as("reports/%s and its copy in src/main/resources differ", file)
				.isEqualTo(Files.readAllBytes(Path.of("reports", file)));
		}
	}

	@Nested
	class RejectsAMistake {

		@Test
		void naming() {
			assertThatIllegalArgumentException().isThrownBy(() -> parse("""
					measures:
					  K1:
					    direction: at-least
					    target: 100
					"""))
				.withMessageContaining("test.yml, measure K1")
				.withMessageContaining("green threshold");
		}

		@Test
		void withATextWhereANumberBelongs() {
			assertThatIllegalArgumentException().isThrownBy(() -> parse("""
					measures:
					  K3:
					    unit: percent
					    direction: at-most
					    green: ten
					"""))
				.withMessageContaining("measure K3")
				.withMessageContaining("green must be a number");
		}

		@Test
		void withAnUnknownDirection() {
			assertThatIllegalArgumentException().isThrownBy(() -> parse("""
					measures:
					  K3:
					    direction: sideways
					"""))
				.withMessageContaining("measure K3");
		}

		@Test
		void withAMisspeltKey() {
			assertThatIllegalArgumentException().isThrownBy(() -> parse("""
					measures:
					  K3:
					    direction: at-most
					    green: 10
					    ambre: 15
					"""))
				.withMessageStartingWith("test.yml:5: unknown key 'ambre' in measure K3; known keys: amber, direction");
		}

		@Test
		void withAMisspeltSection() {
			assertThatIllegalArgumentException().isThrownBy(() -> parse("""
					measure:
					  K3:
					    direction: none
					"""))
				.withMessageStartingWith("test.yml:1: unknown key 'measure' in the dashboard settings");
		}

		private DashboardConfig parse(String yaml) {
			return DashboardConfigLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
					"test.yml");
		}

	}

}
