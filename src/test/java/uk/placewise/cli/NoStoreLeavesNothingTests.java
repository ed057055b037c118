package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;

/**
 * The commands that read a store as it is ({@code rules impact}, {@code backup}) say there is none, and
 * leave nothing behind: no data folder, run lock or log file.
 */
class NoStoreLeavesNothingTests {

	@TempDir
	Path temp;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				clock).run(args);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void rulesImpactMakesNoDataFolder() {
		Path draft = RulesCopy.of(temp).path();
		Path data = temp.resolve("data");
		int exit = run("rules", "impact", "--rules", draft.toString(), "--out", temp.resolve("impact").toString(),
				"--placewise.data-dir=" + data, "--placewise.jobs=jobs");
		assertThat(exit).as(err()).isEqualTo(1);
		assertThat(err()).isEqualTo("placewise rules impact: failed: there is no store at " + data.resolve("placewise.mv.db")
				+ " (nothing was made or written)" + System.lineSeparator());
		assertThat(data).doesNotExist();
		assertThat(temp.resolve("impact")).doesNotExist();
	}

	@Test
	void backupMakesNoDataFolder() {
		Path data = temp.resolve("data");
		int exit = run("backup", "--to", temp.resolve("backups/b.zip").toString(), "--placewise.data-dir=" + data);
		assertThat(exit).as(err()).isEqualTo(1);
		assertThat(err()).contains("there is no store at " + data.resolve("placewise.mv.db") + " to back up (nothing was made");
		assertThat(data).doesNotExist();
		assertThat(temp.resolve("backups")).doesNotExist();
	}
}
