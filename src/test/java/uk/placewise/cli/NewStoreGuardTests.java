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

/**
 * A nightly with no store where --out was written by one is refused before any store is made: "nothing
 * was changed" is true, no new empty store is left in the data folder.
 */
class NewStoreGuardTests {

	@TempDir
	Path dir;

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int nightly(Path out) {
		Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
		return new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), clock)
			.run(new String[] { "nightly", "--inbox", dir.resolve("inbox").toString(), "--out", out.toString(), "--as-of",
					"2026-11-20", "--placewise.data-dir=" + dir.resolve("data"), "--placewise.jobs=jobs" });
	}

	@Test
	void anOutWrittenByAStoreThatIsNotHereIsRefusedAndNoStoreIsMade() throws Exception {
		Path out = Files.createDirectories(dir.resolve("out"));
		Files.writeString(out.resolve("run-summary.json"),
				"{\"store_id\":\"st-0001\",\"run_id\":1,\"as_of\":\"2026-11-19\"}");
		assertThat(nightly(out)).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains(out + " holds run 1 as of 2026-11-19 of store st-0001, but this store is not there")
			.contains("nothing was changed")
			.contains("Is placewise.data-dir set")
			.contains("--new-store");
		assertThat(dir.resolve("data/placewise.mv.db")).doesNotExist();
	}
}
