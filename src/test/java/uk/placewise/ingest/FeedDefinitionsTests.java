package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed definition is read strictly: a mistake is an error naming file and line, never a default. */
class FeedDefinitionsTests {

	static final String REG45 = """
			feed: reg45
			table: reg45_review
			key: [urn, review_date]
			columns:
			  - {name: urn, header: URN, type: text, required: true, upper: true}
			  - {name: review_date, header: Review date, type: date, required: true}
			""";

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

	@Test
	void readsAWellWrittenDefinition() throws IOException {
		FeedDefinition feed = FeedDefinitions.read(write(REG45));
		assertThat(feed.columns()).extracting(ColumnDefinition::name).containsExactly("urn", "review_date");
		assertThat(feed.column("urn").required()).isTrue();
	}

	@Nested
	class RefusesAMistake {

		@Test
		void aMisspeltColumnAttribute() throws IOException {
			Path file = write(REG45.replace("{name: review_date, header: Review date, type: date, required: true}",
					"{name: review_date, header: Review date, type: date, requried: true}"));
			assertThatThrownBy(() -> FeedDefinitions.read(file)).isInstanceOf(IOException.class)
				.hasMessageStartingWith(file + ":6: unknown key 'requried' in column review_date; known keys: ");
		}

		@Test
		void aMisspeltKeyOfTheFeed() throws IOException {
			Path file = write(REG45.replace("key: [urn, review_date]", "keys: [urn, review_date]"));
			assertThatThrownBy(() -> FeedDefinitions.read(file))
				.hasMessageStartingWith(file + ":3: unknown key 'keys' in a feed definition");
		}

		@Test
		void aYesNoAttributeThatIsNeither() throws IOException {
			Path file = write(REG45.replace("required: true, upper: true", "required: ture, upper: true"));
			assertThatThrownBy(() -> FeedDefinitions.read(file))
				.hasMessageStartingWith(file + ":5: required must be true or false, not 'ture'");
		}

		@Test
		void anAttributeGivenTwice() throws IOException {
			Path file = write(REG45.replace("type: date, required: true}", "type: date, type: text}"));
			assertThatThrownBy(() -> FeedDefinitions.read(file))
				.hasMessageStartingWith(file + ":6: type is given twice in column review_date");
		}
	}

	private Path write(String yaml) throws IOException {
		return Files.writeString(dir.resolve("reg45.yml"), yaml);
	}
}
