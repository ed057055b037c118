package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.store.IngestedFile;

/**
 * The hostile corpus (src/test/resources/hostile, one README line per file) as one inbox through the
 * real nightly job: the run completes; every file is read row by row (each row stored or rejected
 * with file, line and a reason naming the column) or reported unrecognised; and the tables hold
 * exactly the accepted rows, nothing of a rejected one.
 */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInboxIntegrationTests {

	static final Path DIR = TestFolders.fresh(HostileInboxIntegrationTests.class);

	static final Path CORPUS = TestFolders.resources("hostile");

	static final Path OUT = DIR.resolve("out");

	/** What becomes of each file: accepted/rejected rows, or unrecognised. */
	static final Map<String, String> EXPECTED = Map.ofEntries(Map.entry("bom_odd_header_concerns.csv", "2/3"),
			Map.entry("windows1252_trailing_qa_visits.csv", "3/1"), Map.entry("bom_then_1252_reg45.csv", "2/1"),
			Map.entry("sep_line_ofsted_enforcement.csv", "2/2"), Map.entry("title_rows_ofsted_providers.csv", "2/4"),
			Map.entry("wrong_cells_episodes.csv", "4/4"), Map.entry("unterminated_quote_missing.csv", "2/1"),
			Map.entry("nul_bytes_viability.csv", "1/2"), Map.entry("cr_only_costs.csv", "2/2"),
			Map.entry("yes_no_reg44.csv", "3/2"), Map.entry("empty.csv", "unrecognised"),
			Map.entry("header_only_return_interviews.csv", "0/0"), Map.entry("dropped_picture.png", "unrecognised"),
			Map.entry("saved_as_workbook.xlsx", "unrecognised"), Map.entry("no_header_notes.csv", "unrecognised"),
			Map.entry("very_long_cells_settings.csv", "2/1"), Map.entry("odd_header_oc2.csv", "3/1"),
			Map.entry("mixed_line_ends_header.csv", "2/2"), Map.entry("utf16_inspections.csv", "2/1"),
			Map.entry("formula_cells_postcodes.csv", "1/3"), Map.entry("long_identifiers_settings.csv", "1/0"),
			Map.entry("long_identifiers_episodes.csv", "1/0"), Map.entry("long_identifiers_header.csv", "1/0"));

	static final String OVERSIZED = "holiday_video.mp4";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("placewise.ingest.max-file-mb", () -> "1");
	}

	@Autowired
	NightlyRun nightly;

	@Autowired
	JdbcTemplate jdbc;

	NightlyResult result;

	@BeforeAll
	void runTheNightOnTheHostileCorpus() throws Exception {
		Path inbox = TestFolders.inbox(DIR, "inbox", CORPUS, EXPECTED.keySet().toArray(String[]::new));
		// made here, not kept in the corpus: a file over the limit (1 MB for this test)
		Files.write(inbox.resolve(OVERSIZED), new byte[1024 * 1024 + 1]);
		result = nightly.run(inbox, OUT, LocalDate.of(2026, 11, 20));
	}

	@Test
	void completesAndPublishesTheSummary() {
		assertThat(result.completed()).as(result.failure()).isTrue();
		assertThat(OUT.resolve("run-summary.json")).exists();
	}

	@Test
	void everyCorpusFileIsInTheReadmeAndInTheTest() throws IOException {
		String readme = Files.readString(CORPUS.resolve("README.md"));
		try (Stream<Path> files = Files.list(CORPUS)) {
			List<String> names = files.map(p -> p.getFileName().toString())
				.filter(n -> !n.equals("README.md") && !n.startsWith("."))
				.toList();
			assertThat(names).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
			assertThat(names).allSatisfy(n -> assertThat(readme).contains("`" + n + "`"));
		}
	}

	@Test
	void readsEveryFileRowByRowOrReportsItUnrecognisedNeverFailsOne() {
		Map<String, String> actual = new HashMap<>();
		for (IngestedFile f : result.files()) {
			actual.put(f.fileName(), "unrecognised".equals(f.status()) ? f.status()
					: f.status() + " " + f.rowsAccepted() + "/" + f.rowsRejected());
			assertThat(f.rowsRead()).as(f.fileName()).isEqualTo(f.rowsAccepted() + f.rowsRejected());
		}
		Map<String, String> expected = new HashMap<>(Map.of(OVERSIZED, "unrecognised"));
		EXPECTED.forEach((file, outcome) -> expected.put(file, outcome.equals("unrecognised") ? outcome : "ingested " + outcome));
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void listsTheUnrecognisedFilesInTheRunSummaryWithAReason() throws IOException {
		JsonNode summary = JsonMapper.builder().build().readTree(OUT.resolve("run-summary.json").toFile());
		List<String> unrecognised = new ArrayList<>();
		for (JsonNode input : summary.get("inputs")) {
			if (input.get("status").asString().equals("unrecognised")) {
				unrecognised.add(input.get("file").asString());
				assertThat(input.get("message").asString()).containsAnyOf("no header row matching a feed", "not a readable Excel workbook",
						"too large to be a feed: 1 MB (at most 1 MB, placewise.ingest.max-file-mb); not read");
			}
		}
		assertThat(unrecognised).containsExactlyInAnyOrder("empty.csv", "dropped_picture.png", "saved_as_workbook.xlsx",
				"no_header_notes.csv", OVERSIZED);
		assertThat(summary.get("totals").get("unrecognised").asInt()).isEqualTo(5);
	}

	@Test
	void storesExactlyTheAcceptedRowsAndNothingOfARejectedOne() throws IOException {
		for (FeedDefinition feed : FeedDefinitions.load(Path.of("jobs"))) {
			int accepted = result.files()
				.stream()
				.filter(f -> feed.feed().equals(f.feed()))
				.mapToInt(IngestedFile::rowsAccepted)
				.sum();
			assertThat(count(feed.table())).as(feed.table()).isEqualTo(accepted);
			assertThat(count(feed.table() + "_history")).as(feed.table() + "_history").isZero();
		}
	}

	@Test
	void assessesAndFlagsASettingAndAChildWithIdentifiersAsLongAsIngestAccepts() throws IOException {
		assertThat(Files.readString(OUT.resolve("provider-risk.csv"))).contains("LOCAL-SUPPORTED-ACCOMMODATION-0000");
		assertThat(Files.readString(OUT.resolve("panel-flags.csv")))
			.contains("CHILD-ID-FROM-A-CASE-SYSTEM-WITH-LONG-KEYS-" + "0".repeat(20) + "1,LOCAL-SUPPORTED-ACCOMMODATION-0");
	}

	@Nested
	class Rejects {

		@Test
		void nameTheFileTheLineAndTheColumnOfEveryRejectedRow() throws Exception {
			Map<String, Integer> perFile = new HashMap<>();
			for (Reject r : rejects()) {
				assertThat(EXPECTED).containsKey(r.file());
				assertThat(r.line()).as(r.toString()).matches("[1-9][0-9]*");
				assertThat(r.reason()).as(r.toString())
					.matches("(?s)([A-Za-z_ ]+: .+|wrong number of cells: .+|truncated: .+)");
				perFile.merge(r.file(), 1, Integer::sum);
			}
			for (IngestedFile f : result.files()) {
				assertThat(perFile.getOrDefault(f.fileName(), 0)).as(f.fileName()).isEqualTo(f.rowsRejected());
			}
		}

		@Test
		void nameTheExcelErrorInARequiredColumn() throws Exception {
			assertThat(reasons()).contains("DECOM: Excel error #REF! in a required column",
					"weekly_cost: Excel error #DIV/0! in a required column", "URN: Excel error #N/A in a required column",
					"action: Excel error #NAME? in a required column", "latitude: Excel error #DIV/0! in a required column");
		}

		@Test
		void quoteACellOfAMixedEncodingFileAsItWasTyped() throws Exception {
			assertThat(reasons()).contains("period_end: '31/12/2025 café' is not a date (write dd/mm/yyyy or yyyy-mm-dd)");
		}

		@Test
		void neverGuessAUsDate() throws Exception {
			assertThat(reasons()).contains("DECOM: '05/13/2026' is not a date (day/month/year: there is no month 13)",
					"DOB: [removed] is not a date (write dd/mm/yyyy or yyyy-mm-dd), or out of range");
		}

		@Test
		void rejectAnOverLongCellAndANulRatherThanFailTheFile() throws Exception {
			assertThat(reasons()).anySatisfy(r -> assertThat(r).startsWith("setting_name: too long: 5000 characters"))
				.anySatisfy(r -> assertThat(r).startsWith("Name: too long: 703 characters"))
				.anySatisfy(r -> assertThat(r).startsWith("provider: 'Nul\\0Care Ltd' contains a NUL character"));
		}

		@Test
		void rejectTheTailOfAFileCutInsideAQuotedCell() throws Exception {
			assertThat(rejects()).anySatisfy(r -> {
				assertThat(r.file()).isEqualTo("unterminated_quote_missing.csv");
				assertThat(r.line()).isEqualTo("4");
				assertThat(r.reason()).startsWith("truncated");
			});
		}

		private List<String> reasons() throws Exception {
			return rejects().stream().map(Reject::reason).toList();
		}
	}

	record Reject(String file, String line, String reason) {
	}

	/** Every data row of every rejects/<feed>.csv (a part's header row ends file,line,reason). */
	static List<Reject> rejects() throws Exception {
		List<Reject> out = new ArrayList<>();
		try (Stream<Path> files = Files.list(OUT.resolve("rejects"))) {
			for (Path f : files.toList()) {
				try (CSVReader csv = new CSVReaderBuilder(new StringReader(Files.readString(f, StandardCharsets.UTF_8)))
					.withCSVParser(new RFC4180Parser())
					.build()) {
					for (String[] row : csv.readAll()) {
						int n = row.length;
						if (n >= 3 && !(row[n - 3].equals("file") && row[n - 2].equals("line"))) {
							out.add(new Reject(row[n - 3], row[n - 2], row[n - 1]));
						}
					}
				}
			}
		}
		return out;
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}
}
