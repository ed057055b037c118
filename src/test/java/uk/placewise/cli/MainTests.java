package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The command line contract of spec/outputs.md for everything decided before the store is opened. */
class MainTests {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				clock)
			.run(args);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void helpListsEveryCommandAndExitsZero() {
		assertThat(run("--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("nightly --inbox DIR --out DIR", "dashboard --month",
				"panel --out", "explain URN", "rules check", "demo [--scale", "--new-store", "backup --to FILE",
				"status [--out DIR]", "--version");
	}

	@Test
	void versionSaysVersionCommitAndBuildTime() {
		assertThat(run("--version")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).matches("placewise \\S+ \\(commit \\S+, built \\S+\\)\\R");
	}

	@Test
	void versionWithAnArgumentSaysItTakesNone() {
		assertThat(run("--version", "extra")).isEqualTo(2);
		assertThat(err()).startsWith("placewise: --version takes no arguments\n");
	}

	@Nested
	class UsageErrorsExitTwoWithAMessageAndNoStackTrace {

		@Test
		void noCommand() {
			assertThat(run()).isEqualTo(2);
			assertThat(err()).contains("no command given").doesNotContain("Exception");
		}

		@Test
		void backupWithoutAFile() {
			assertThat(run("backup")).isEqualTo(2);
			assertThat(err()).contains("'backup' needs --to");
		}

		@Test
		void newStoreTakesNoValueButOtherOptionsStillNeedOne() {
			assertThat(run("nightly", "--new-store", "--out", "out", "--as-of")).isEqualTo(2);
			assertThat(err()).contains("--as-of needs a value").doesNotContain("--new-store");
		}

		@Test
		void unknownCommand() {
			assertThat(run("frobnicate")).isEqualTo(2);
			assertThat(err()).contains("unknown command 'frobnicate'");
		}

		@Test
		void anAsOfThatIsNotADate() {
			assertThat(run("nightly", "--inbox", "in", "--out", "out", "--as-of", "2026-13-45")).isEqualTo(2);
			assertThat(err()).contains("--as-of must be a date like 2026-11-20, not '2026-13-45'");
		}

		@Test
		void anOptionTheCommandDoesNotTake() {
			assertThat(run("nightly", "--inbox", "in", "--colour", "red")).isEqualTo(2);
			assertThat(err()).contains("unknown option --colour for 'nightly'");
		}

		@Test
		void aSettingThatIsNotValidBeforeTheStoreIsOpened() {
			java.nio.file.Path data = java.nio.file.Path.of("target", "main-tests", "never-opened");
			assertThat(run("panel", "--out", "target/main-tests/out", "--placewise.data-dir=" + data,
					"--placewise.qa.monthly-capacity=0")).isEqualTo(2);
			assertThat(err()).contains("placewise.qa.monthly-capacity must be at least 1").doesNotContain("Exception");
			assertThat(data).doesNotExist();
		}

		@Test
		void anOptionWithoutItsValue() {
			assertThat(run("nightly", "--inbox")).isEqualTo(2);
			assertThat(err()).contains("--inbox needs a value");
		}
	}
}
