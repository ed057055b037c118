package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A duplicate-key warning names the key's columns and values, but never a personal one. */
class DuplicateKeyWordingTests {

	@TempDir
	Path dir;

	@Test
	void namesTheKeyColumnsAndTheirValues() throws IOException {
		FeedDefinition episodes = FeedDefinitions.read(Path.of("jobs", "feeds", "ssda903-episodes.yml"));
		Object[] values = new Object[episodes.columns().size()];
		values[episodes.columns().indexOf(episodes.column("child"))] = "C1";
		values[episodes.columns().indexOf(episodes.column("decom"))] = LocalDate.of(2026, 4, 1);
		assertThat(FileIngester.keyOf(episodes, values)).isEqualTo("CHILD C1, DECOM 2026-04-01");
	}

	@Test
	void aPersonalKeyColumnIsShownRemoved() throws IOException {
		// given a council's header feed keyed on the child and the date of birth
		Path yml = dir.resolve("ssda903-header.yml");
		Files.writeString(yml, Files.readString(Path.of("jobs", "feeds", "ssda903-header.yml"))
			.replace("key: [child]", "key: [child, dob]"));
		FeedDefinition header = FeedDefinitions.read(yml);
		Object[] values = new Object[header.columns().size()];
		values[header.columns().indexOf(header.column("child"))] = "C1";
		values[header.columns().indexOf(header.column("dob"))] = LocalDate.of(2012, 2, 14);
		// when
		String key = FileIngester.keyOf(header, values);
		// then
		assertThat(key).isEqualTo("CHILD C1, DOB " + RejectWriter.REMOVED).doesNotContain("2012");
	}
}
