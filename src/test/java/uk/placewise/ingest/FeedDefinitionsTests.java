package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedDefinitionsTests {

	@TempDir
	Path dir;

	@Test
	void aChangedDefinitionFileHasANewFingerprintSoItsFilesAreReadAgain() throws IOException {
		// given
		Path file = Files.copy(Path.of("jobs", "feeds", "reg45.yml"), dir.resolve("reg45.yml"));
		String before = FeedDefinitions.read(file).fingerprint();
		// when an alias is added
		Files.writeString(file, Files.readString(file).replace("header: period_end,", "header: period_end, aliases: [end],"));
		// then
		assertThat(FeedDefinitions.read(file).fingerprint()).isNotEqualTo(before).hasSize(64);
	}

	@Test
	void marksPersonalColumnsAndHeadersTheFeedDoesNotStore() throws IOException {
		FeedDefinition header = FeedDefinitions.read(Path.of("jobs", "feeds", "ssda903-header.yml"));
		assertThat(header.column("dob").personal()).isTrue();
		assertThat(header.column("child").personal()).isFalse();
		assertThat(header.personalHeaders()).containsExactly("UPN", "MOTHER", "MC_DOB");
		assertThat(FeedDefinitions.read(Path.of("jobs", "feeds", "ssda903-missing.yml")).personalHeaders())
			.containsExactly("DOB");
	}

	@Test
	void aFeedWithoutPersonalColumnsHasNone() throws IOException {
		assertThat(FeedDefinitions.read(Path.of("jobs", "feeds", "reg45.yml")).hasPersonal()).isFalse();
	}
}
