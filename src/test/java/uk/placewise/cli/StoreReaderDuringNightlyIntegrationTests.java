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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import uk.placewise.TestFolders;
import uk.placewise.TestJvm;

/**
 * A {@code placewise status} poll holding the H2 file (another process, read only, as status opens it)
 * while a nightly starts: the nightly waits for it and succeeds, instead of failing with "the database is
 * in use by another Placewise run". The reader lets go as soon as the night has said it waits for it.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreReaderDuringNightlyIntegrationTests {

	static final Path DIR = TestFolders.fresh(StoreReaderDuringNightlyIntegrationTests.class);

	static final Path INBOX = Path.of("jobs", "sample-inbox").toAbsolutePath();

	@Test
	void aNightlyStartingWhileStatusReadsTheStoreWaitsAndSucceeds(CapturedOutput log) throws Exception {
		Assumptions.assumeFalse(TestFolders.onPostgres(), "the H2 file lock only");
		// given a store made by a first night
		Path data = DIR.resolve("data");
		assertThat(nightly(data, "2026-11-19")).isZero();
		String url = "jdbc:h2:file:" + data.resolve("placewise").toAbsolutePath() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
		// and another process holding it open read only, as a status poll does while it reads, until told
		Path ready = DIR.resolve("reader-ready");
		Path done = DIR.resolve("reader-done");
		Process reader = new ProcessBuilder(TestJvm.command("-cp", System.getProperty("java.class.path"),
				Reader.class.getName(), url, ready.toString(), done.toString(), "60000"))
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
			CompletableFuture<Integer> night = CompletableFuture.supplyAsync(() -> nightly(data, "2026-11-20"));
			// and the reader lets go once the night says it is waiting for it (or the night is over)
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (!log.getOut().contains(WAITING) && !night.isDone() && System.nanoTime() - deadline < 0) {
				Thread.sleep(20);
			}
			boolean waited = log.getOut().contains(WAITING);
			assertThat(reader.isAlive()).as("the reader held the store until the night waited for it").isTrue();
			Files.writeString(done, "done");
			int exit = night.get(60, TimeUnit.SECONDS);
			// then it waited for the reader and ran
			assertThat(waited).as(log.getOut()).isTrue();
			assertThat(exit).as(output).isZero();
			assertThat(output).doesNotContain("in use");
			assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(30_000);
		}
		finally {
			Files.writeString(done, "done");
			reader.destroyForcibly();
			reader.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** What the night logs when it finds the store open in another process and no run holding the lock. */
	static final String WAITING = "is open in another process (a placewise status or backup reading it?) and no run "
			+ "holds the run lock: waiting up to";

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

	/**
	 * The reader process: opens the store read only, says so (file {@code args[1]}), and holds it until
	 * file {@code args[2]} appears, for {@code args[3]} milliseconds at most.
	 */
	static final class Reader {

		public static void main(String[] args) throws Exception {
			try (Connection c = DriverManager.getConnection(args[0], "placewise", "")) {
				c.createStatement().executeQuery("select count(*) from \"flyway_schema_history\"").next();
				Files.writeString(Path.of(args[1]), "open");
				long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Long.parseLong(args[3]));
				while (!Files.exists(Path.of(args[2])) && System.nanoTime() - deadline < 0) {
					Thread.sleep(20);
				}
			}
		}
	}
}
