package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a command line may hold: each command's own options, configuration, and nothing else. */
class CommandLineTests {

	static CommandLine parse(String... args) {
		return CommandLine.parse(args, Main.COMMANDS);
	}

	@Test
	void demoRefusesOutWhichItNeverUsed() {
		assertThatThrownBy(() -> parse("demo", "--out", "elsewhere")).isInstanceOf(UsageException.class)
			.hasMessage("unknown option --out for 'demo'");
	}

	@Test
	void aNameValueThatIsNoSettingIsRefusedNamingIt() {
		assertThatThrownBy(() -> parse("nightly", "--inbox", "in", "--out", "out", "--colour=red"))
			.isInstanceOf(UsageException.class)
			.hasMessageStartingWith("unknown option --colour for 'nightly'")
			.hasMessageContaining("placewise., spring., logging.");
	}

	@Test
	void aWebSettingIsNoSettingOfABatchEngine() {
		assertThatThrownBy(() -> parse("status", "--management.endpoints.web.exposure.include=*"))
			.isInstanceOf(UsageException.class)
			.hasMessageStartingWith("unknown option --management.endpoints.web.exposure.include for 'status'");
	}

	@Test
	void placewiseSpringAndLoggingSettingsArePassedOnAsConfiguration() {
		CommandLine line = parse("nightly", "--inbox=in", "--placewise.retention.years=6",
				"--spring.profiles.active=postgres", "--logging.level.root=WARN");
		assertThat(line.springArgs()).containsExactly("--placewise.retention.years=6", "--spring.profiles.active=postgres",
				"--logging.level.root=WARN");
		assertThat(line.options()).containsEntry("inbox", "in");
	}

	@Test
	void aSettingWithoutItsValueSaysHowToGiveIt() {
		assertThatThrownBy(() -> parse("status", "--placewise.data-dir", "data")).isInstanceOf(UsageException.class)
			.hasMessage("--placewise.data-dir is a setting: give it as --placewise.data-dir=VALUE");
	}

	@Test
	void anArgumentACommandTakesNoneOfIsRefused() {
		assertThatThrownBy(() -> parse("nightly", "--inbox", "in", "--out", "out", "2026-11-20"))
			.isInstanceOf(UsageException.class)
			.hasMessage("'nightly' takes no arguments, only its options (not '2026-11-20')");
	}

	@Test
	void explainStillTakesItsUrn() {
		assertThat(parse("explain", "SC900002").positional()).containsExactly("SC900002");
	}

	@Test
	void statusTakesOut() {
		assertThat(parse("status", "--out", "out").options()).containsEntry("out", "out");
	}
}
