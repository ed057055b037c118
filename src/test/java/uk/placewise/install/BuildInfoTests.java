package uk.placewise.install;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code placewise --version} says, from the properties the build writes into the jar. */
class BuildInfoTests {

	@Test
	void theBuildWritesItsVersionCommitAndTime() {
		BuildInfo build = BuildInfo.current();
		assertThat(build.version()).isNotEqualTo("unknown").matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(build.commit()).matches("[0-9a-f]{12}|unknown");
		assertThat(build.built()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
	}

	@Test
	void theLineNamesAllThree() {
		assertThat(new BuildInfo("1.2.0", "abcdef012345", "2026-12-01T10:00:00Z").line())
			.isEqualTo("placewise 1.2.0 (commit abcdef012345, built 2026-12-01T10:00:00Z)");
	}
}
