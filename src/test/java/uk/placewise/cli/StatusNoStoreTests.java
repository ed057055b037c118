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
 * {@code placewise status --out DIR} where this install has no store but DIR was written by one (an
 * upgrade that left the default data folder with the old release): it says so, not "the first nightly
 * makes it".
 */
class StatusNoStoreTests {

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

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void anOutWrittenByAStoreThisInstallCannotFindAsksWhetherTheDataDirIsSet() throws Exception {
		Path outDir = Files.createDirectories(dir.resolve("out"));
		Files.writeString(outDir.resolve("run-summary.json"), "{\"store_id\":\"st-0001\",\"run_id\":4}");
		assertThat(status("--out", outDir.toString())).isEqualTo(1);
		assertThat(err()).contains("--out " + outDir + " was written by store st-0001; this install has no store at "
				+ dir.resolve("data/placewise.mv.db") + ": is placewise.data-dir set")
			.doesNotContain("the first nightly makes it");
		assertThat(dir.resolve("data")).doesNotExist();
	}

	@Test
	void anOutOnlyMarkedByAStoreIsToldTheSameWay() throws Exception {
		Path outDir = Files.createDirectories(dir.resolve("out"));
		Files.writeString(outDir.resolve(StatusOut.MARKER), "st-0002\n");
		assertThat(status("--out", outDir.toString())).isEqualTo(1);
		assertThat(err()).contains("was written by store st-0002");
	}

	@Test
	void withoutOutTheFirstNightlyMakesTheStore() {
		assertThat(status()).isEqualTo(1);
		assertThat(err()).contains("the first nightly makes it");
	}
}
