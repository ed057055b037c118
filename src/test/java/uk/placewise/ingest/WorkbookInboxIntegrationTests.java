package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.PlacewiseApplication;
import uk.placewise.TestFolders;
import uk.placewise.ingest.workbook.Ods;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.store.IngestedFile;

/**
 * Workbooks in the inbox, read directly through the real nightly job, sheet by sheet: each sheet is
 * recognised on its own by its header and read exactly as its CSV twin is, so a night on the CSV
 * and then on the workbook finds every row of the workbook unchanged.
 */
@SpringBootTest(classes = PlacewiseApplication.class)
class WorkbookInboxIntegrationTests {

	static final Path DIR = TestFolders.fresh(WorkbookInboxIntegrationTests.class);

	static final String ODS = "provider_at_march_2025.ods";

	static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestFolders.database(registry, DIR);
	}

	@Autowired
	NightlyRun nightly;

	/**
	 * Ofsted's 2025 workbook gives exactly the 5,600 providers of its CSV twin, and every sheet is
	 * listed on its own. Note: the in-year, places, premises and leavers sheets carry the provider
	 * list's recognising columns (URN, Provision type, Registration status); telling them apart by
	 * header is the ofsted-layouts branch's work, after which the summed ofsted-providers rows of this
	 * workbook are 5,600 too (the contract check).
	 */
	@Test
	void theOfstedWorkbookGivesTheSameProvidersAsItsCsvTwinListsEverySheetAndIsNotReadTwice() throws Exception {
		// given: the 2025 CSV stored the night before
		Path csv = TestFolders.inbox(DIR, "in-csv", TestFolders.resources("ofsted"), "provider_at_march_2025.csv");
		assertThat(nightly.run(csv, DIR.resolve("out-csv"), AS_OF).accepted()).isEqualTo(5600);
		Path inbox = TestFolders.inbox(DIR, "in-ods", TestFolders.resources("ofsted"), ODS);
		// when
		NightlyResult result = nightly.run(inbox, DIR.resolve("out-ods"), AS_OF);
		// then
		assertThat(result.completed()).as(result.failure()).isTrue();
		Map<String, IngestedFile> sheets = bySheet(result.files());
		assertThat(sheets).hasSize(13);
		assertThat(sheets.get("Provider_level_at_31_Mar_2025")).satisfies(f -> {
			assertThat(f.feed()).isEqualTo("ofsted-providers");
			assertThat(f.rowsRead()).isEqualTo(5600);
			assertThat(f.rowsAccepted()).isEqualTo(5600);
			assertThat(f.rowsRejected()).isZero();
			assertThat(f.rowsUnchanged()).as("every row as its CSV twin stored it").isEqualTo(5600);
			assertThat(f.message()).startsWith("ODS sheet, header on line 4: 0 new, 0 changed, 5600 unchanged");
		});
		for (String notFeed : List.of("Cover", "Contents", "Guidance", "Notes", "Meta-data", "Providers+places_Time_series",
				"Latest_OE_31_Mar_Time_Series", "In_Year_Time_series")) {
			assertThat(sheets.get(notFeed)).satisfies(f -> {
				assertThat(f.status()).isEqualTo("not-a-feed");
				assertThat(f.message()).startsWith("not a feed: ").endsWith(" of ODS sheet " + notFeed);
			});
		}
		String summary = Files.readString(DIR.resolve("out-ods/run-summary.json"));
		assertThat(summary).contains("\"file\" : \"" + ODS + "#Provider_level_at_31_Mar_2025\"", "\"status\" : \"not-a-feed\"");
		// Ofsted's in-year sheet is the inspection history's feed; its other tables are no provider list
		assertThat(sheets.get("Provider_level_in_year_2024-25")).satisfies(f -> {
			assertThat(f.feed()).isEqualTo("ofsted-in-year");
			assertThat(f.rowsAccepted()).isEqualTo(f.rowsRead()).isPositive();
		});
		assertThat(result.files().stream().filter(f -> "ofsted-providers".equals(f.feed())))
			.singleElement()
			.satisfies(f -> assertThat(f.rowsAccepted()).isEqualTo(5600));
		// and delivered again the next night, it is read again (never skipped by hash) and changes nothing
		NightlyResult again = nightly.run(inbox, DIR.resolve("out-ods-again"), AS_OF.plusDays(1));
		assertThat(bySheet(again.files()).get("Provider_level_at_31_Mar_2025")).satisfies(f -> {
			assertThat(f.status()).isEqualTo("ingested");
			assertThat(f.rowsUnchanged()).isEqualTo(5600);
		});
	}

	@Test
	void aCouncilWorkbookIsReadSheetBySheetLikeItsCsvTwins() throws Exception {
		// given: the same rows as CSVs the night before, then as one workbook
		Path csvs = Files.createDirectories(DIR.resolve("in-council-csv"));
		Files.writeString(csvs.resolve("reg44.csv"), CouncilSheets.reg44Csv(), StandardCharsets.UTF_8);
		Files.writeString(csvs.resolve("interviews.csv"), CouncilSheets.interviewsCsv(), StandardCharsets.UTF_8);
		NightlyResult first = nightly.run(csvs, DIR.resolve("out-council-csv"), AS_OF);
		Path inbox = Files.createDirectories(DIR.resolve("in-council-xlsx"));
		CouncilSheets.writeWorkbook(inbox.resolve("council.xlsx"));
		// when
		NightlyResult result = nightly.run(inbox, DIR.resolve("out-council-xlsx"), AS_OF);
		// then
		assertThat(first.rejected()).isEqualTo(1);
		Map<String, IngestedFile> sheets = bySheet(result.files());
		assertThat(sheets.get("Read me").status()).isEqualTo("not-a-feed");
		assertThat(sheets.get("Reg 44")).satisfies(f -> {
			assertThat(f.feed()).isEqualTo("reg44");
			assertThat(List.of(f.rowsRead(), f.rowsAccepted(), f.rowsRejected(), f.rowsUnchanged())).containsExactly(4, 3, 1, 3);
			assertThat(f.message()).startsWith("XLSX sheet, header on line 3:");
		});
		assertThat(sheets.get("Interviews")).satisfies(f -> {
			assertThat(f.feed()).isEqualTo("return-interviews");
			assertThat(List.of(f.rowsRead(), f.rowsAccepted(), f.rowsRejected(), f.rowsUnchanged())).containsExactly(2, 2, 0, 2);
		});
		String csvReject = reasonOfOnlyReject(DIR.resolve("out-council-csv/rejects/reg44.csv"));
		String xlsxReject = reasonOfOnlyReject(DIR.resolve("out-council-xlsx/rejects/reg44.csv"));
		assertThat(xlsxReject).isEqualTo(csvReject).contains("not a date").doesNotContain("31/02/2026");
		assertThat(Files.readString(DIR.resolve("out-council-xlsx/rejects/reg44.csv"))).contains("council.xlsx#Reg 44,7,");
	}

	@Test
	void aHostileWorkbookFailsItsOwnFileNotTheNight() throws Exception {
		// given: a zip bomb dressed as an ODS workbook beside a good CSV
		Path inbox = Files.createDirectories(DIR.resolve("in-bomb"));
		Ods.write(inbox.resolve("bomb.ods"), Ods.table("Sheet1", Ods.texts("urn", "visit_date", "children_safeguarded")),
				" ".repeat(4 * 1024 * 1024));
		Files.writeString(inbox.resolve("reg44.csv"), "urn,visit_date,children_safeguarded\r\nSC900009,01/01/2026,Yes\r\n",
				StandardCharsets.UTF_8);
		// when
		NightlyResult result = nightly.run(inbox, DIR.resolve("out-bomb"), AS_OF);
		// then
		assertThat(result.completed()).as(result.failure()).isTrue();
		Map<String, IngestedFile> files = result.files().stream().collect(Collectors.toMap(IngestedFile::fileName, Function.identity()));
		assertThat(files).containsOnlyKeys("bomb.ods", "reg44.csv");
		assertThat(files.get("bomb.ods").status()).isEqualTo("failed");
		assertThat(files.get("bomb.ods").message())
			.isEqualTo("not ingested: bomb.ods (content.xml) inflates more than 100 times its compressed size: a zip bomb, not read");
		assertThat(files.get("reg44.csv").status()).isEqualTo("ingested");
	}

	private static String reasonOfOnlyReject(Path rejects) throws IOException {
		List<String> lines = Files.readAllLines(rejects);
		assertThat(lines).hasSize(2);
		return lines.get(1).substring(lines.get(1).lastIndexOf(',') + 1);
	}

	private static Map<String, IngestedFile> bySheet(List<IngestedFile> files) {
		return files.stream()
			.collect(Collectors.toMap(f -> f.fileName().substring(f.fileName().indexOf('#') + 1), Function.identity()));
	}

	/** One description of a council's Reg 44 and return interview records, written as CSVs and as a workbook. */
	static final class CouncilSheets {

		static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

		static final String[] REG44 = { "urn", "visit_date", "report_received", "children_safeguarded",
				"wellbeing_promoted", "recommendations_outstanding", "visitor" };

		static final Object[][] REG44_ROWS = {
				{ "SC900001", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), "Yes", "No", 2, "A Visitor" },
				{ "SC900001", LocalDate.of(2026, 2, 4), null, true, false, 0, "A Visitor" },
				{ "SC900002", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 20), "Not stated", "Yes", null, "" },
				{ "SC900003", "31/02/2026", null, "Yes", "Yes", 1, "B Visitor" } };

		static final String[] INTERVIEWS = { "child", "mis_start", "offered_date", "completed_date" };

		/** Child IDs as Excel keeps them: numbers. */
		static final Object[][] INTERVIEW_ROWS = { { 1234, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), null },
				{ 5678, LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 9) } };

		static String reg44Csv() {
			return csv(REG44, REG44_ROWS);
		}

		static String interviewsCsv() {
			return csv(INTERVIEWS, INTERVIEW_ROWS);
		}

		private static String csv(String[] header, Object[][] rows) {
			StringBuilder out = new StringBuilder("Kept by the QA team\r\n\r\n" + String.join(",", header) + "\r\n");
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					Object v = row[i];
					out.append(i > 0 ? "," : "")
						.append(v == null ? "" : v instanceof LocalDate d ? d.format(DMY)
								: v instanceof Boolean b ? (b ? "TRUE" : "FALSE") : v.toString());
				}
				out.append("\r\n");
			}
			return out.toString();
		}

		/** A notes sheet first, then each table below a merged title row and a blank row, typed as Excel types them. */
		static void writeWorkbook(Path file) throws IOException {
			try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
				CellStyle date = workbook.createCellStyle();
				date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
				workbook.createSheet("Read me").createRow(0).createCell(0).setCellValue("Reg 44 and interviews, kept by the QA team");
				sheet(workbook.createSheet("Reg 44"), REG44, REG44_ROWS, date);
				sheet(workbook.createSheet("Interviews"), INTERVIEWS, INTERVIEW_ROWS, date);
				workbook.write(out);
			}
		}

		private static void sheet(Sheet sheet, String[] header, Object[][] rows, CellStyle date) {
			sheet.createRow(0).createCell(0).setCellValue("Kept by the QA team");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.length - 1));
			Row head = sheet.createRow(2);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(3 + r);
				for (int i = 0; i < rows[r].length; i++) {
					Object v = rows[r][i];
					if (v == null) {
						continue;
					}
					Cell cell = row.createCell(i);
					if (v instanceof LocalDate d) {
						cell.setCellValue(d);
						cell.setCellStyle(date);
					}
					else if (v instanceof Boolean b) {
						cell.setCellValue(b);
					}
					else if (v instanceof Integer n) {
						cell.setCellValue(n);
					}
					else {
						cell.setCellValue(v.toString());
					}
				}
			}
		}
	}
}
