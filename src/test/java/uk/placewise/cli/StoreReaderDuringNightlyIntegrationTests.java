package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import uk.placewise.TestFolders;

/**
 * A {@code placewise status} poll holding the H2 file (another process, read only, as status opens it)
 * while a nightly starts: the nightly waits for it and succeeds, instead of failing with "the database is
 * in use by another Placewise run".
 */
class StoreReaderDuringNightlyIntegrationTests {

	static final Path DIR = TestFolders.fresh(StoreReaderDuringNightlyIntegrationTests.class);

	static final Path INBOX = Path.of("jobs", "sample-inbox").toAbsolutePath();

	@Test
	void aNightlyStartingWhileStatusReadsTheStoreWaitsAndSucceeds() throws Exception {
		Assumptions.assumeFalse(TestFolders.onPostgres(), "the H2 file lock only");
		// given a store made by a first night
		Path data = DIR.resolve("data");
		assertThat(nightly(data, "2026-11-19")).isZero();
		String url = "jdbc:h2:file:" + data.resolve("placewise").toAbsolutePath() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
		// and another process holding it open read only for 3 s, as a status poll does while it reads
		Path ready = DIR.resolve("reader-ready");
		Process reader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), Reader.class.getName(), url,
				ready.toString(), "3000")
			.redirectErrorStream(true)
			.redirectOutput(DIR.resolve("reader.log").toFile())
			.start();
		try {
			for (int i = 0; i < 300 && !Files.exists(ready) && reader.isAlive(); i++) {
				Thread.sleep(100);
			}
			assertThat(ready).as(() -> "the reader has the store open: " + readerLog()).exists();
			assertThat(reader.isAlive()).as("the reader still holds the store as the night starts").isTrue();
			// when the next night starts
			long start = System.nanoTime();
			int exit = nightly(data, "2026-11-20");
			// then it waited for the reader and ran
			assertThat(exit).as(output).isZero();
			assertThat(output).doesNotContain("in use");
			assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(30_000);
		}
		finally {
			reader.destroyForcibly();
			reader.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private String output = "";

	private static String readerLog() {
		try {
			return Files.readString(DIR.resolve("reader.log"));
		}
		catch (java.io.IOException ex) {
			return ex.toString();
		}
	}

	private int nightly(Path data, String asOf) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
		int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
				clock)
			.run(List.of("nightly", "--inbox", INBOX.toString(), "--out", DIR.resolve("out").toString(), "--as-of", asOf,
					"--placewise.data-dir=" + data, "--placewise.jobs=jobs")
				.toArray(String[]::new));
		output = out.toString(StandardCharsets.UTF_8);
		return exit;
	}

	/** The reader process: opens the store read only, says so, holds it for the given milliseconds. */
	static final class Reader {

		public static void main(String[] args) throws Exception {
			try (Connection c = DriverManager.getConnection(args[0], "placewise", "")) {
				c.createStatement().executeQuery("select count(*) from \"flyway_schema_history\"").next();
				Files.writeString(Path.of(args[1]), "open");
				Thread.sleep(Long.parseLong(args[2]));
			}
		}
	}
}
