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

/** {@code placewise briefing}'s usage errors: exit 2 with a message, before the store is opened. */
class BriefingCommandTests {

	static final Path DATA = Path.of("target", "briefing-command-tests", "never-opened");

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
	void helpListsTheCommand() {
		assertThat(run("--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("briefing --out DIR [--within DAYS] [--as-of DATE]");
	}

	@Test
	void needsOut() {
		assertThat(run("briefing")).isEqualTo(2);
		assertThat(err()).contains("'briefing' needs --out");
	}

	@Test
	void aWithinThatIsNotANumberOfDays() {
		assertThat(run("briefing", "--out", "target/briefing-command-tests/out", "--within", "a month",
				"--placewise.data-dir=" + DATA)).isEqualTo(2);
		assertThat(err()).contains("--within must be a number of days from 0 to 366, not 'a month'");
		assertThat(DATA).doesNotExist();
	}

	@Test
	void aWithinLongerThanAYear() {
		assertThat(run("briefing", "--out", "target/briefing-command-tests/out", "--within", "400",
				"--placewise.data-dir=" + DATA)).isEqualTo(2);
		assertThat(err()).contains("--within must be a number of days from 0 to 366, not '400'");
	}

	@Test
	void aWithinDaysSettingOutOfRange() {
		assertThat(run("briefing", "--out", "target/briefing-command-tests/out", "--placewise.data-dir=" + DATA,
				"--placewise.briefing.within-days=-1")).isEqualTo(2);
		assertThat(err()).contains("placewise.briefing.within-days must be between 0 and 366 days, not -1")
			.doesNotContain("Exception");
		assertThat(DATA).doesNotExist();
	}
}
