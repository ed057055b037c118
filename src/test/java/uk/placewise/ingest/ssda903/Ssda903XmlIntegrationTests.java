package uk.placewise.ingest.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.PlacewiseApplication;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.store.IngestedFile;

/**
 * The SSDA903 return as XML gives the same stored facts and the same scores and flags as the same
 * children in the DfE's CSV tables ({@link ReturnDescription}): a night on the CSVs, then a night on
 * the XML finds every row unchanged; with the children's tables emptied, a night on the XML alone
 * scores every setting and raises every flag as the CSV night did.
 */
@SpringBootTest(classes = PlacewiseApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Ssda903XmlIntegrationTests {

	static final Path DIR = TestFolders.fresh(Ssda903XmlIntegrationTests.class);

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	static final List<String> CHILD_TABLES = List.of("ssda903_header", "ssda903_episode", "ssda903_missing", "ssda903_oc2",
			"ssda903_review");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestFolders.database(registry, DIR);
	}

	@Autowired
	NightlyRun nightly;

	@Autowired
	JdbcTemplate jdbc;

	NightlyResult csvNight;

	NightlyResult xmlAfterCsv;

	NightlyResult xmlAlone;

	@BeforeAll
	void nights() throws Exception {
		Path csv = councilInbox("in-csv");
		Files.writeString(csv.resolve("header.csv"), ReturnDescription.headerCsv(), StandardCharsets.UTF_8);
		Files.writeString(csv.resolve("episodes.csv"), ReturnDescription.episodesCsv(), StandardCharsets.UTF_8);
		Files.writeString(csv.resolve("missing.csv"), ReturnDescription.missingCsv(), StandardCharsets.UTF_8);
		Files.writeString(csv.resolve("oc2.csv"), ReturnDescription.oc2Csv(), StandardCharsets.UTF_8);
		Files.writeString(csv.resolve("reviews.csv"), ReturnDescription.reviewsCsv(), StandardCharsets.UTF_8);
		csvNight = nightly.run(csv, DIR.resolve("out-csv"), AS_OF);
		Path xml = councilInbox("in-xml");
		Files.writeString(xml.resolve("return.xml"), ReturnDescription.xml(), StandardCharsets.UTF_8);
		xmlAfterCsv = nightly.run(xml, DIR.resolve("out-xml-after-csv"), AS_OF);
		for (String table : CHILD_TABLES) {
			jdbc.update("delete from " + table);
			jdbc.update("delete from " + table + "_history");
		}
		// the same return delivered again, a byte different, so it is read, not skipped as already ingested
		Path again = councilInbox("in-xml-alone");
		Files.writeString(again.resolve("return.xml"), ReturnDescription.xml() + "<!-- again -->\n", StandardCharsets.UTF_8);
		xmlAlone = nightly.run(again, DIR.resolve("out-xml"), AS_OF);
	}

	@Test
	void readsTheReturnsTablesEachUnderItsFeed() {
		assertThat(xmlAlone.completed()).as(xmlAlone.failure()).isTrue();
		Map<String, IngestedFile> tables = xmlTables(xmlAlone);
		assertThat(tables.get("Header")).satisfies(f -> counts(f, "ssda903-header", 4));
		assertThat(tables.get("Episodes")).satisfies(f -> counts(f, "ssda903-episodes", 5));
		assertThat(tables.get("Missing")).satisfies(f -> counts(f, "ssda903-missing", 4));
		assertThat(tables.get("OC2")).satisfies(f -> counts(f, "ssda903-oc2", 3));
		assertThat(tables.get("Reviews")).satisfies(f -> counts(f, "ssda903-reviews", 1));
	}

	@Test
	void storesTheSameFactsAsTheCsvTables() {
		assertThat(csvNight.rejected()).isZero();
		Map<String, IngestedFile> tables = xmlTables(xmlAfterCsv);
		for (String table : List.of("Header", "Episodes", "Missing", "OC2", "Reviews")) {
			assertThat(tables.get(table)).as(table).satisfies(f -> {
				assertThat(f.rowsRejected()).isZero();
				assertThat(f.rowsUnchanged()).as("rows as the CSV stored them").isEqualTo(f.rowsRead()).isPositive();
			});
		}
	}

	@Test
	void scoresEverySettingAsTheCsvNightDid() throws IOException {
		List<String> risk = Files.readAllLines(DIR.resolve("out-csv/provider-risk.csv"));
		assertThat(risk).hasSizeGreaterThan(1);
		assertThat(Files.readAllLines(DIR.resolve("out-xml/provider-risk.csv"))).isEqualTo(risk);
		assertThat(Files.readAllLines(DIR.resolve("out-xml/visit-schedule.csv")))
			.isEqualTo(Files.readAllLines(DIR.resolve("out-csv/visit-schedule.csv")));
	}

	@Test
	void raisesTheSameFlagsAsTheCsvNightDid() throws IOException {
		List<String> flags = flags(DIR.resolve("out-csv/panel-flags.csv"));
		assertThat(flags).isNotEmpty();
		assertThat(flags(DIR.resolve("out-xml/panel-flags.csv"))).isEqualTo(flags);
	}

	@Test
	void neverStoresOrEchoesTheUpn() throws IOException {
		assertThat(jdbc.queryForList("select * from ssda903_header").toString()).doesNotContain("A123456789012");
		try (Stream<Path> files = Files.walk(DIR.resolve("out-xml"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain("A123456789012");
			}
		}
	}

	/** Each flag without its lifecycle (new on the first night) or the file and line its evidence cites. */
	private static List<String> flags(Path csv) throws IOException {
		return Files.readAllLines(csv)
			.stream()
			.skip(1)
			.map(line -> line.replaceAll(",(new|continuing|resolved),", ",").replaceAll("\\([^()]*(\\.csv|\\.xml#\\w+)[^()]*\\)", "(source)"))
			.sorted()
			.toList();
	}

	private static void counts(IngestedFile f, String feed, int rows) {
		assertThat(f.feed()).isEqualTo(feed);
		assertThat(f.rowsAccepted()).isEqualTo(rows);
		assertThat(f.rowsRejected()).isZero();
	}

	private static Map<String, IngestedFile> xmlTables(NightlyResult night) {
		return night.files()
			.stream()
			.filter(f -> f.fileName().startsWith("return.xml#"))
			.collect(Collectors.toMap(f -> f.fileName().substring("return.xml#".length()), Function.identity()));
	}

	/** The sample inbox's settings and council records, without its children's tables. */
	private static Path councilInbox(String name) throws IOException {
		Path sample = Path.of("jobs", "sample-inbox");
		try (Stream<Path> files = Files.list(sample)) {
			String[] council = files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".csv") && !n.startsWith("ssda903_") && !n.equals("return_interviews.csv")
						&& !n.equals("placement_costs.csv"))
				.toArray(String[]::new);
			return TestFolders.inbox(DIR, name, sample, council);
		}
	}
}
