package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.placewise.PlacewiseApplication;
import uk.placewise.TestFolders;

/**
 * Nothing silently absorbed: each night run through the real job and the real {@code placewise nightly}
 * command, its exit code, its one-line summary and run-summary.json. Each scenario has an inbox of its
 * own (files built here, with the exact DfE and Ofsted headers) in one store.
 */
@SpringBootTest(classes = PlacewiseApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutLoudIntegrationTests {

	static final Path DIR = TestFolders.fresh(OutLoudIntegrationTests.class);

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

	static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";

	static final String PROVIDERS = "URN,Provision type,Registration date,Registration status,Name,Postcode,Local authority,"
			+ "Sector,Places,Organisation which owns the provider,Latest full inspection event type,Latest full inspection date,"
			+ "Overall experiences and progress of children and young people,Supported Accommodation outcome,"
			+ "Previous full inspection event type,Previous full inspection event date,"
			+ "Previous overall experiences and progress of children and young people";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestFolders.database(registry, DIR);
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	/** What one {@code placewise nightly} printed and returned. */
	record Night(int exit, String line, JsonNode summary) {
	}

	Night nightly(Path inbox, String out, LocalDate asOf) throws Exception {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		Path outDir = DIR.resolve(out);
		int exit = new NightlyCommand(context, new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8))
			.run(CommandLine.parse(new String[] { "nightly", "--inbox", inbox.toString(), "--out", outDir.toString(),
					"--as-of", asOf.toString() }, Main.COMMANDS), Clock.systemUTC());
		String line = (stdout.toString(StandardCharsets.UTF_8) + stderr.toString(StandardCharsets.UTF_8)).strip();
		return new Night(exit, line, JSON.readTree(outDir.resolve("run-summary.json").toFile()));
	}

	static Path inbox(String name, String... fileAndContent) {
		Path inbox = DIR.resolve(name);
		try {
			Files.createDirectories(inbox);
			for (int i = 0; i < fileAndContent.length; i += 2) {
				Files.writeString(inbox.resolve(fileAndContent[i]), fileAndContent[i + 1], StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return inbox;
	}

	static String csv(String... lines) {
		return String.join("\r\n", lines) + "\r\n";
	}

	static JsonNode input(JsonNode summary, String file) {
		for (JsonNode input : summary.get("inputs")) {
			if (input.get("file").asString().equals(file)) {
				return input;
			}
		}
		throw new AssertionError(file + " is not in run-summary.json");
	}

	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class AnEpisodesFileWithoutDec {

		Night night;

		@BeforeAll
		void runTheNight() throws Exception {
			night = nightly(inbox("no-dec", "header.csv", csv(HEADER, "R001,1,14/02/2012,WBRI,,,"), "episodes.csv",
					csv(EPISODES.replace(",DEC,", ","), "R001,01/03/2026,S,C2,N1,K2,PR4,,,M14 5,SK9 1,SC900001")),
					"out-no-dec", AS_OF);
		}

		@Test
		void isRefusedByNameWithExit3() {
			assertThat(night.exit()).isEqualTo(3);
			assertThat(night.line()).startsWith("placewise nightly: incomplete: 1 file refused: episodes.csv (no DEC column); run ")
				.contains(" 2 files, 1 rows accepted");
		}

		@Test
		void storesNothingOfIt() {
			assertThat(jdbc.queryForObject("select count(*) from ssda903_episode where source_file = 'episodes.csv'"
					+ " and child = 'R001'", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from ssda903_episode_history where child = 'R001'", Integer.class))
				.isZero();
			assertThat(jdbc.queryForObject("select count(*) from ssda903_header where child = 'R001'", Integer.class))
				.isEqualTo(1);
		}

		@Test
		void isListedAsRefusedInRunSummary() {
			JsonNode episodes = input(night.summary(), "episodes.csv");
			assertThat(episodes.get("status").asString()).isEqualTo("refused");
			assertThat(episodes.get("feed").asString()).isEqualTo("ssda903-episodes");
			assertThat(episodes.get("message").asString()).startsWith("refused: no DEC column;")
				.contains("nothing of the file is stored", "jobs/feeds/ssda903-episodes.yml");
			JsonNode verdict = night.summary().get("verdict");
			assertThat(verdict.get("result").asString()).isEqualTo("incomplete");
			assertThat(verdict.get("every_input_taken").asBoolean()).isFalse();
			assertThat(verdict.get("exit_code").asInt()).isEqualTo(3);
			assertThat(verdict.get("not_taken").get(0).get("file").asString()).isEqualTo("episodes.csv");
			assertThat(verdict.get("not_taken").get(0).get("reason").asString()).isEqualTo("no DEC column");
			assertThat(night.summary().get("totals").get("refused").asInt()).isEqualTo(1);
		}

		@Test
		void isRefusedAgainTheNextNightUntilItIsPutRight() throws Exception {
			Night again = nightly(DIR.resolve("no-dec"), "out-no-dec-again", AS_OF);
			assertThat(again.exit()).isEqualTo(3);
			assertThat(input(again.summary(), "episodes.csv").get("status").asString()).isEqualTo("refused");
		}
	}

	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class AnEmptyOrUnreadableInbox {

		@Test
		void exits3SayingNothingWasIngested() throws Exception {
			Night night = nightly(inbox("empty"), "out-empty", AS_OF);
			assertThat(night.exit()).isEqualTo(3);
			assertThat(night.line()).startsWith("placewise nightly: incomplete: no feed file in the inbox, nothing ingested; run ");
			assertThat(night.summary().get("verdict").get("no_feed_file").asBoolean()).isTrue();
		}

		@Test
		void aFileThisRunMayNotReadExits3AndNamesIt() throws Exception {
			org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
					"root reads any file: a permission cannot be denied");
			Path inbox = inbox("unreadable", "header.csv", csv(HEADER, "U001,1,14/02/2012,WBRI,,,"), "locked.csv",
					csv(HEADER, "U002,1,14/02/2012,WBRI,,,"));
			Files.setPosixFilePermissions(inbox.resolve("locked.csv"), java.util.Set.of());
			try {
				Night night = nightly(inbox, "out-unreadable", AS_OF);
				assertThat(night.exit()).isEqualTo(3);
				assertThat(night.line()).startsWith("placewise nightly: incomplete: 1 file unreadable: locked.csv (permission denied); ");
				assertThat(input(night.summary(), "locked.csv").get("status").asString()).isEqualTo("unreadable");
			}
			finally {
				Files.setPosixFilePermissions(inbox.resolve("locked.csv"),
						java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
			}
		}

		@Test
		void withOnlyAPdfInItExits3AndNamesThePdf() throws Exception {
			Night night = nightly(inbox("only-pdf", "minutes.pdf", "%PDF-1.4\n"), "out-only-pdf", AS_OF);
			assertThat(night.exit()).isEqualTo(3);
			assertThat(night.line()).startsWith("placewise nightly: incomplete: no feed file in the inbox, nothing ingested;"
					+ " 1 warning: minutes.pdf (not a feed); run ");
		}
	}

	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class ANightWithWarnings {

		Night night;

		@BeforeAll
		void runTheNight() throws Exception {
			String noJudgement = PROVIDERS.replace("Overall experiences and progress of children and young people,", "");
			night = nightly(inbox("warnings", "providers.csv",
					csv(noJudgement, "SC700001,Children's home,12/04/2015,Active,REDACTED,SK9 1AA,Cheshire East,Private,4,"
							+ "Brightpath Care Ltd,Full inspection,14/05/2026,,Full inspection,02/05/2025,Good"),
					"reg44.csv",
					csv("urn,visit_date,report_received,children_safeguarded,wellbeing_promoted,recommendations_outstanding,visitor",
							"SC700001,14/09/2026,21/09/2026,Yes,Yes,1,A. Visitor",
							"SC700001,12/10/2026,19/10/2026,Yes,Yes,0,A. Visitor",
							"SC700001,14/09/2026,21/09/2026,No,Yes,1,A. Visitor",
							"SC700001,12/10/2026,19/10/2026,Yes,Yes,0,A. Visitor"),
					"minutes.pdf", "%PDF-1.4\n"), "out-warnings", AS_OF);
		}

		@Test
		void isOkWithExit0AndNamesEachWarningInTheLine() {
			assertThat(night.exit()).isZero();
			assertThat(night.line()).startsWith("placewise nightly: ok with 4 warnings: minutes.pdf (not a feed), providers.csv"
					+ " (no Overall experiences and progress of children and young people column), reg44.csv (line 4 has line 2's"
					+ " key, line 4 kept) and 1 more in run-summary.json; run ");
		}

		@Test
		void saysWhatAMissingScoringColumnMeans() {
			JsonNode warning = warning("providers.csv", "scoring-column");
			assertThat(warning.get("message").asString()).startsWith(
					"no Overall experiences and progress of children and young people column: OFS-* will see no judgement");
			assertThat(input(night.summary(), "providers.csv").get("status").asString()).isEqualTo("ingested");
		}

		@Test
		void namesBothLinesOfADuplicateKeyAndTheRuleThatChoseTheWinner() {
			assertThat(warning("reg44.csv", "duplicate-key").get("message").asString()).isEqualTo(
					"line 4 has the key of line 2 (urn SC700001, visit_date 2026-09-14) with other values: line 4 is kept,"
							+ " as the later row of the file wins; line 2 is kept in history");
			assertThat(warning("reg44.csv", "duplicate-row").get("message").asString())
				.isEqualTo("1 row repeats an earlier row exactly, stored once: line 5 (as 3)");
			assertThat(jdbc.queryForObject("select children_safeguarded from reg44_report where urn = 'SC700001'"
					+ " and visit_date = date '2026-09-14'", Boolean.class)).isFalse();
		}

		@Test
		void countsThemInRunSummary() {
			assertThat(night.summary().get("warnings")).hasSize(4);
			assertThat(night.summary().get("verdict").get("result").asString()).isEqualTo("ok with 4 warnings");
			assertThat(night.summary().get("verdict").get("exit_code").asInt()).isZero();
		}

		@Test
		void repeatsAnUnchangedFilesWarningsTheNextNight() throws Exception {
			Night again = nightly(DIR.resolve("warnings"), "out-warnings-again", AS_OF);
			assertThat(input(again.summary(), "reg44.csv").get("status").asString()).isEqualTo("unchanged");
			assertThat(again.summary().get("warnings")).hasSize(4);
			assertThat(again.exit()).isZero();
		}

		private JsonNode warning(String file, String kind) {
			for (JsonNode w : night.summary().get("warnings")) {
				if (w.get("file").asString().equals(file) && w.get("kind").asString().equals(kind)) {
					return w;
				}
			}
			throw new AssertionError("no " + kind + " warning for " + file + " in " + night.summary().get("warnings"));
		}
	}

	/**
	 * The DfE OC2 table has no date and no year: two years' files of the same name used to share one key
	 * per child, so the later overwrote the earlier and no SDQ rule could see a rise.
	 */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class Oc2FilesAYearApart {

		static final String OC2 = "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
				+ "HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED";

		Night second;

		@BeforeAll
		void runANightEachYear() throws Exception {
			nightly(year("oc2-2025", "S001,14/02/2012,12,,0,1,1,1,1,0,,", "S002,03/07/2011,14,,0,1,1,1,1,0,,"),
					"out-oc2-2025", LocalDate.of(2025, 11, 20));
			second = nightly(year("oc2-2026", "S001,14/02/2012,18,,0,1,1,1,1,0,,", "S002,03/07/2011,18,,0,1,1,1,1,0,,"),
					"out-oc2-2026", LocalDate.of(2026, 11, 20));
		}

		private Path year(String name, String... oc2Rows) {
			String[] oc2 = new String[oc2Rows.length + 1];
			oc2[0] = OC2;
			System.arraycopy(oc2Rows, 0, oc2, 1, oc2Rows.length);
			return inbox(name, "providers.csv", csv(PROVIDERS, "SC700101,Children's home,12/04/2015,Active,REDACTED,SK9 1AA,"
					+ "Cheshire East,Private,4,Brightpath Care Ltd,Full inspection,14/05/2025,Good,,,,"),
					"header.csv", csv(HEADER, "S001,1,14/02/2012,WBRI,,,", "S002,2,03/07/2011,WBRI,,,"),
					"episodes.csv", csv(EPISODES, "S001,01/01/2024,S,C2,N1,K2,PR4,,,,M14 5,SK9 1,SC700101",
							"S002,01/01/2024,S,C2,N1,K2,PR4,,,,M14 5,SK9 1,SC700101"),
					"SSDA903_OC2.csv", csv(oc2));
		}

		@Test
		void keepBothYearsScores() {
			assertThat(jdbc.queryForList("select return_year from ssda903_oc2 where child = 'S001' order by return_year",
					Integer.class)).containsExactly(2025, 2026);
			assertThat(input(second.summary(), "SSDA903_OC2.csv").get("message").asString())
				.contains("rows without a year are for the collection year ending 31 March 2026 (2025-26, no year in the"
						+ " name: the last one ended by the as-of date 2026-11-20)");
		}

		@Test
		void raiseSdqConcernForAScoreThatRoseByFiveTo18() throws Exception {
			assertThat(lines(DIR.resolve("out-oc2-2026").resolve("panel-flags.csv")))
				.anyMatch(l -> l.startsWith("S001,SC700101,") && l.contains(",SDQ_CONCERN,"));
		}

		@Test
		void notForAScoreThatRoseByFour() throws Exception {
			assertThat(lines(DIR.resolve("out-oc2-2026").resolve("panel-flags.csv")))
				.noneMatch(l -> l.startsWith("S002,") && l.contains(",SDQ_CONCERN,"));
		}
	}

	/** Ofsted publishes children's homes' names as REDACTED; the council knows them. */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class SettingNames {

		Night night;

		@BeforeAll
		void runTheNight() throws Exception {
			night = nightly(inbox("names", "providers.csv",
					csv(PROVIDERS, "SC700201,Children's home,12/04/2015,Active,REDACTED,SK9 1AA,Cheshire East,Private,4,"
							+ "Brightpath Care Ltd,Full inspection,14/05/2026,Good,,,,",
							"SC700202,Children's home,12/04/2015,Active,REDACTED,SK9 1AB,Cheshire East,Private,4,"
									+ "Brightpath Care Ltd,Full inspection,14/05/2026,Inadequate,,,,"),
					"settings.csv", csv("local_id,urn,setting_name,provider,setting_type,postcode,registered",
							"L-7,SC700201,Maple House,Brightpath Care Ltd,Children's home,SK9 1AA,Yes"),
					"header.csv", csv(HEADER, "N001,1,14/02/2012,WBRI,,,", "N002,2,03/07/2011,WBRI,,,"),
					"episodes.csv", csv(EPISODES, "N001,01/01/2024,S,C2,N1,K2,PR4,,,,M14 5,SK9 1,SC700201",
							"N002,01/01/2024,S,C2,N1,K2,PR4,,,,M14 5,SK9 1,SC700202")), "out-names", AS_OF);
		}

		@Test
		void theCouncilsNameWinsOverOfstedsRedacted() throws Exception {
			for (String file : List.of("provider-risk.csv", "visit-schedule.csv")) {
				assertThat(lines(DIR.resolve("out-names").resolve(file))).as(file)
					.anyMatch(l -> l.startsWith("SC700201,Maple House,Brightpath Care Ltd,"))
					.noneMatch(l -> l.startsWith("SC700201,REDACTED"));
			}
		}

		@Test
		void redactedIsPrintedOnlyWhereNoSourceHasAName() throws Exception {
			assertThat(lines(DIR.resolve("out-names").resolve("provider-risk.csv")))
				.anyMatch(l -> l.startsWith("SC700202,REDACTED,"));
			try (var pdf = org.apache.pdfbox.Loader.loadPDF(DIR.resolve("out-names").resolve("visit-schedule.pdf").toFile())) {
				String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
				assertThat(text).contains("Maple House");
			}
		}
	}

	/** What a red team found an inbox could hide (issue 13 and 15, after landing). */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class WhatAnInboxCouldHide {

		Night night;

		boolean pipe;

		@BeforeAll
		void runTheNight() throws Exception {
			Path inbox = inbox("hidden", "providers.csv",
					csv(PROVIDERS, "2900004,Children's home,12/04/2015,Active,REDACTED,SK9 1AA,Cheshire East,Private,4,"
							+ "Brightpath Care Ltd,Full inspection,14/05/2026,Inadequate,,,,"),
					"episodes.csv", csv(EPISODES, "1234.0,01/03/2026,S,C2,N1,K2,PR4,,,,M14 5,SK9 1,2900004.0"),
					"qa.csv", "urn,visit_date,visit_type,outcome,officer\r\n"
							+ "2900004,01/01/2026,x,Good,\"Jane\r\n2900004,01/02/2026,x,Good,Bob\r\n");
			try {
				pipe = new ProcessBuilder("mkfifo", inbox.resolve("export.csv").toString()).start().waitFor() == 0;
			}
			catch (IOException ex) {
				pipe = false;
			}
			night = nightly(inbox, "out-hidden", AS_OF);
		}

		@Test
		void idsExcelWroteAsWholeNumbersLinkTheChildToTheSetting() throws Exception {
			assertThat(lines(DIR.resolve("out-hidden").resolve("provider-risk.csv")))
				.anyMatch(l -> l.startsWith("2900004,") && l.contains("OFS-INADEQUATE"))
				.noneMatch(l -> l.startsWith("2900004.0"));
			assertThat(jdbc.queryForObject("select child from ssda903_episode where urn = '2900004'", String.class))
				.isEqualTo("1234");
		}

		@Test
		void aFileThatEndsInsideAQuotedCellIsAWarning() {
			assertThat(warning("qa.csv", "truncated").get("message").asString())
				.startsWith("truncated: the file ends inside a quoted cell begun on line 2");
			assertThat(night.line()).contains("qa.csv (truncated)");
		}

		@Test
		void aPipeInTheInboxIsListedAndNotRead() {
			org.junit.jupiter.api.Assumptions.assumeTrue(pipe, "mkfifo is not available here");
			assertThat(input(night.summary(), "export.csv").get("status").asString()).isEqualTo("unrecognised");
			assertThat(night.line()).contains("export.csv (not a feed)");
		}

		JsonNode warning(String file, String kind) {
			for (JsonNode w : night.summary().get("warnings")) {
				if (w.get("file").asString().equals(file) && w.get("kind").asString().equals(kind)) {
					return w;
				}
			}
			throw new AssertionError("no " + kind + " warning for " + file + " in " + night.summary().get("warnings"));
		}
	}

	static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8);
	}
}
