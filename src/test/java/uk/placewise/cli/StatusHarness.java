package uk.placewise.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.io.TempDir;

/** {@code placewise status} run in-process on a data folder of the test's own, its output captured. */
abstract class StatusHarness {

	@TempDir
	Path dir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int status(String... more) {
		String[] args = new String[more.length + 2];
		args[0] = "status";
		args[1] = "--placewise.data-dir=" + dir.resolve("data");
		System.arraycopy(more, 0, args, 2, more.length);
		Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				clock)
			.run(args);
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
