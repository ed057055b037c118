package uk.placewise.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180Parser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;

/**
 * CSV injection end to end: the sample inbox with setting names, providers and child IDs that start
 * with {@code = + - @}, tab or CR, and a file of rejected rows full of them, through the nightly job.
 * Every cell of every CSV written that a spreadsheet would run as a formula starts with {@code '}.
 */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvInjectionIntegrationTests {

	static final Path DIR = TestFolders.fresh(CsvInjectionIntegrationTests.class);

	static final Path OUT = DIR.resolve("out");

	static final String FORMULA_START = "=+-@\t\r";

	/** Sample-inbox text and what the hostile inbox has instead (as CSV cells). */
	static final Map<String, String> INJECTED = new LinkedHashMap<>();

	static {
		INJECTED.put("Oakfield House", "=Oakfield House");
		INJECTED.put("Riverside Lodge", "+Riverside Lodge");
		INJECTED.put("Hillside View", "-Hillside View");
		INJECTED.put("Elm Court", "@Elm Court");
		INJECTED.put("Willow Fostering", "\t=Willow Fostering");
		INJECTED.put("Harbour Flat", "\"\r=Harbour Flat\"");
		INJECTED.put("Brightpath Care Ltd", "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Brightpath\"\")\"");
		INJECTED.put("Northway Homes Ltd", "@Northway Homes Ltd");
		INJECTED.put("Crestline Childcare Ltd", "-Crestline Childcare Ltd");
		INJECTED.put("Harbour Housing CIC", "+Harbour Housing CIC");
		INJECTED.put("\\bC001\\b", "=C001");
		INJECTED.put("\\bC002\\b", "+C002");
		INJECTED.put("\\bC004\\b", "-C004");
		INJECTED.put("\\bC005\\b", "@C005");
		INJECTED.put("\\bC006\\b", "\t=C006");
	}

	@Autowired
	NightlyRun nightly;

	NightlyResult result;

	@BeforeAll
	void runTheNightOnAnInboxOfFormulas() throws Exception {
		Path inbox = Files.createDirectories(DIR.resolve("inbox"));
		try (Stream<Path> samples = Files.list(Path.of("jobs", "sample-inbox"))) {
			for (Path sample : samples.toList()) {
				String text = Files.readString(sample, StandardCharsets.ISO_8859_1);
				for (var e : INJECTED.entrySet()) {
					text = text.replaceAll(e.getKey(), java.util.regex.Matcher.quoteReplacement(e.getValue()));
				}
				Files.writeString(inbox.resolve(sample.getFileName()), text, StandardCharsets.ISO_8859_1);
			}
		}
		// a CR inside a quoted cell arrives as a line break (the reader reads CR as a line end), so a
		// CR-leading cell cannot reach an output from a feed: CsvFileTests covers CR
		Files.writeString(inbox.resolve("=rejected_concerns.csv"), "concern_id,urn,raised_date,category,status\n"
				+ "=CN-1,+SC900001,@today,-cmd,\"\t=x\"\n" + "-CN-2,@SC900002,=NOW(),safeguarding,+open\n");
		result = nightly.run(inbox, OUT, LocalDate.of(2026, 11, 20));
	}

	@Test
	void neutralisesEveryFormulaLeadingCellOfEveryCsvWritten() throws Exception {
		assertThat(result.completed()).as(result.failure()).isTrue();
		List<Path> csvs = csvFiles();
		assertThat(csvs).extracting(p -> OUT.relativize(p).toString())
			.contains("provider-risk.csv", "visit-schedule.csv", "panel-flags.csv", "provider-rollup.csv",
					"rejects/concerns.csv");
		for (Path csv : csvs) {
			for (String[] row : rows(csv)) {
				for (String cell : row) {
					assertThat(!cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0)
						.as("%s: cell %s", OUT.relativize(csv), cell.replace("\t", "\\t").replace("\r", "\\r"))
						.isFalse();
				}
			}
		}
	}

	@Test
	void keepsTheNeutralisedValuesReadableInTheSettingFiles() throws Exception {
		assertThat(cells("provider-risk.csv")).contains("'=Oakfield House", "'+Riverside Lodge", "'-Hillside View",
				"'@Elm Court", "'=Willow Fostering", "'=HYPERLINK(\"http://evil.example\",\"Brightpath\")");
		assertThat(cells("provider-rollup.csv")).contains("'@Northway Homes Ltd", "'-Crestline Childcare Ltd");
		assertThat(cells("visit-schedule.csv")).contains("'=Oakfield House");
	}

	@Test
	void neutralisesChildIdsInThePanelFlags() throws Exception {
		assertThat(cells("panel-flags.csv")).contains("'-C004", "'=C006");
	}

	@Test
	void neutralisesRejectedRowsAndTheFileNameInTheRejects() throws Exception {
		assertThat(cells("rejects/concerns.csv")).contains("'=CN-1", "'+SC900001", "'@today", "'-cmd", "'\t=x",
				"'-CN-2", "'=NOW()", "'+open", "'=rejected_concerns.csv");
	}

	@Test
	void writesTheCalendarAndThePdfScheduleWithTheSameSettings() throws Exception {
		assertThat(Files.readString(OUT.resolve("visit-schedule.ics"))).contains("Oakfield House");
		try (PDDocument pdf = Loader.loadPDF(OUT.resolve("visit-schedule.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Oakfield House");
		}
	}

	private static List<Path> csvFiles() throws IOException {
		try (Stream<Path> files = Files.walk(OUT)) {
			return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
		}
	}

	private static List<String> cells(String file) throws Exception {
		List<String> cells = new ArrayList<>();
		rows(OUT.resolve(file)).forEach(r -> cells.addAll(List.of(r)));
		return cells;
	}

	private static List<String[]> rows(Path csv) throws Exception {
		try (CSVReader reader = new CSVReaderBuilder(new StringReader(Files.readString(csv, StandardCharsets.UTF_8)))
			.withCSVParser(new RFC4180Parser())
			.build()) {
			return reader.readAll();
		}
	}
}
