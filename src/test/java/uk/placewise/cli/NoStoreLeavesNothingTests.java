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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;

/**
 * Every command that only reads the store ({@code briefing}, {@code dashboard}, {@code panel},
 * {@code explain}, {@code status}, {@code rules impact}, {@code backup}) says there is none on a
 * mistyped data folder, and leaves nothing behind: no data folder, store, run lock or log file. Only
 * {@code nightly}, {@code demo} and {@code bench} make a store.
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

	/** The command's words and options (OUT is a folder under the test's, DATA its data folder). */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"briefing --out OUT",
			"briefing --out OUT --as-of 2026-10-01 --within 30",
			"dashboard --month 2026-10 --out OUT",
			"panel --out OUT",
			"panel --out OUT --as-of 2026-10-01",
			"explain SC800001",
			"status",
			"status --out OUT" })
	void aReadingCommandRefusesAMissingStoreAndMakesNothing(String words) {
		Path data = temp.resolve("data");
		Path outDir = temp.resolve("out");
		java.util.List<String> args = new java.util.ArrayList<>();
		for (String word : words.split(" ")) {
			args.add(word.equals("OUT") ? outDir.toString() : word);
		}
		args.add("--placewise.data-dir=" + data);
		int exit = run(args.toArray(String[]::new));
		assertThat(exit).as(err()).isEqualTo(1);
		assertThat(err()).contains("there is no store at " + data.resolve("placewise.mv.db"));
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(": ok");
		assertThat(data).as("the data folder").doesNotExist();
		assertThat(outDir).as("--out").doesNotExist();
	}
}
