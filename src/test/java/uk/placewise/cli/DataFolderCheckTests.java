package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder that cannot be made is one line naming it, before Spring (and its log file) starts. */
class DataFolderCheckTests {

	@TempDir
	Path dir;

	@Test
	void aDataFolderThatCannotBeMadeIsOneLineNamingIt() throws Exception {
		Path file = Files.writeString(dir.resolve("install"), "a file where a folder should be");
		Path data = file.resolve("data");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
		int exit = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), clock)
			.run(new String[] { "nightly", "--inbox", dir.toString(), "--out", dir.resolve("out").toString(),
					"--placewise.data-dir=" + data });
		assertThat(exit).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("placewise nightly: failed: the data folder " + data
				+ " cannot be made by this user (" + System.getProperty("user.name") + "): set placewise.data-dir (in "
				+ "/etc/placewise/application.yml) to a folder it can write, outside the install; nothing was changed\n");
	}
}
