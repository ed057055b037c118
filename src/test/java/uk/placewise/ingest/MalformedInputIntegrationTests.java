package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.store.IngestedFile;

/** An inbox of awkward and broken files: the run completes, good rows are stored, bad rows are rejected with line and reason. */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputIntegrationTests {

	static final Path DIR = TestFolders.fresh(MalformedInputIntegrationTests.class);

	static final Path OUT = DIR.resolve("out");

	@Autowired
	NightlyRun nightly;

	@Autowired
	JdbcTemplate jdbc;

	NightlyResult result;

	@BeforeAll
	void runTheNightOnTheMalformedInbox() throws Exception {
		Path inbox = TestFolders.inbox(DIR, "inbox", TestFolders.resources("ingest/malformed"), "episodes.csv", "oc2.csv",
				"reg44.csv", "qa_visits_excel.csv", "concerns_bom.csv", "missing_truncated.csv", "notes.csv");
		result = nightly.run(inbox, OUT, LocalDate.of(2026, 11, 20));
	}

	@Test
	void completesAndCountsTheRejects() {
		assertThat(result.completed()).isTrue();
		// M005 leaves its empty URN off the end of the row: read as empty, so taken
		assertThat(file("episodes.csv").rowsAccepted()).isEqualTo(4);
		assertThat(file("episodes.csv").rowsRejected()).isEqualTo(6);
		assertThat(OUT.resolve("run-summary.json")).exists();
	}

	@Test
	void acceptsWhatExcelDoesToAFile() {
		assertThat(jdbc.queryForList("select child from ssda903_episode order by child", String.class))
			.containsExactly("M001", "M005", "M008", "M009");
		assertThat(jdbc.queryForMap("select pl_post, urn from ssda903_episode where child = 'M005'"))
			.containsEntry("pl_post", "SK9 1")
			.containsEntry("urn", null);
		assertThat(jdbc.queryForMap("select decom, dec, place, place_provider, urn from ssda903_episode where child = 'M008'"))
			.containsEntry("decom", java.sql.Date.valueOf("2026-03-01"))
			.containsEntry("dec", java.sql.Date.valueOf("2026-05-01"))
			.containsEntry("place", "K2")
			.containsEntry("place_provider", "PR4")
			.containsEntry("urn", null);
		assertThat(jdbc.queryForObject("select sdq_score from ssda903_oc2 where child = 'M002'", Integer.class)).isEqualTo(3);
	}

	@Test
	void storesAFormulaInATextColumnAsText() {
		assertThat(jdbc.queryForObject("select visitor from reg44_report", String.class)).startsWith("=HYPERLINK(");
	}

	@Test
	void decodesWindows1252AndBomFiles() {
		assertThat(jdbc.queryForObject("select officer from qa_visit", String.class)).isEqualTo("Zoë Brontë – QA");
		assertThat(jdbc.queryForObject("select urn from concern", String.class)).isEqualTo("SC900001");
		assertThat(file("qa_visits_excel.csv").message()).startsWith("Windows-1252");
		assertThat(file("concerns_bom.csv").message()).startsWith("UTF-8 (BOM)");
	}

	@Nested
	class Rejects {

		@Test
		void nameTheColumnAndKeepThePhysicalLine() throws Exception {
			assertThat(rejects("ssda903-episodes")).contains(
					"episodes.csv,3,DECOM: '31/02/2026' is not a date",
					"M003,01/03/2026,S,C2,N1,K9,PR4,,,,M14 5,SK9 1,SC900001,episodes.csv,4,PLACE: 'K9' is not one of",
					"episodes.csv,5,DECOM: '05/13/2026' is not a date (day/month/year: there is no month 13)",
					"episodes.csv,8,CHILD: Excel error #N/A in a required column",
					"episodes.csv,12,\"PLACE_PROVIDER: 'PR9' is not one of");
		}

		@Test
		void neutraliseAFormulaWhereADateIsRequired() throws Exception {
			assertThat(rejects("ssda903-episodes")).contains("M006,\"'=HYPERLINK(")
				.contains("episodes.csv,7,\"DECOM: '=HYPERLINK(");
		}

		@Test
		void rejectAScoreOutOfRangeAndANonWholeNumber() throws Exception {
			assertThat(rejects("ssda903-oc2")).contains("oc2.csv,2,SDQ_SCORE: not a whole number from 0 to 40")
				.contains("oc2.csv,4,SDQ_SCORE: not a whole number from 0 to 40");
		}

		@Test
		void rejectAMissingKeyAndANonYesNo() throws Exception {
			assertThat(rejects("reg44")).contains("reg44.csv,3,urn: missing (required)")
				.contains("reg44.csv,5,children_safeguarded: not Yes or No");
		}

		@Test
		void rejectTheTailOfATruncatedFileAndKeepTheRest() throws Exception {
			assertThat(rejects("ssda903-missing"))
				.contains("missing_truncated.csv,4,truncated: the file ends inside a quoted cell begun on this line");
			assertThat(jdbc.queryForList("select child from ssda903_missing", String.class)).containsExactly("M001");
			assertThat(file("missing_truncated.csv").message()).contains("truncated");
		}

		@Test
		void reportAFileThatMatchesNoFeedAsUnrecognised() {
			assertThat(file("notes.csv").status()).isEqualTo("unrecognised");
			assertThat(file("notes.csv").message()).contains("no header row matching a feed");
		}

		private String rejects(String feed) throws Exception {
			List<String> lines = Files.readAllLines(OUT.resolve("rejects").resolve(feed + ".csv"), StandardCharsets.UTF_8);
			return String.join("\n", lines);
		}
	}

	private IngestedFile file(String name) {
		return result.files().stream().filter(f -> f.fileName().equals(name)).findFirst().orElseThrow();
	}
}
