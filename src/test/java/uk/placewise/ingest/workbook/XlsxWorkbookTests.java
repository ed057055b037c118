package uk.placewise.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.placewise.TestFolders;
import uk.placewise.ingest.tables.Table;
import uk.placewise.ingest.tables.TableRow;
import uk.placewise.ingest.tables.UnreadableTable;

/** What an Excel cell becomes when streamed, and the bounds that make a hostile .xlsx fail on its own. */
class XlsxWorkbookTests {

	static final Path DIR = TestFolders.fresh(XlsxWorkbookTests.class);

	@Test
	void cellsAreAsExcelShowsThemDatesIsoIdsWithoutPointZero() throws IOException {
		Path file = DIR.resolve("typed.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
			Row row = workbook.createSheet("Typed").createRow(4);
			row.createCell(0).setCellValue(1234);
			row.createCell(1).setCellValue(LocalDate.of(2026, 5, 1));
			row.getCell(1).setCellStyle(date);
			row.createCell(2).setCellValue(LocalDateTime.of(2026, 5, 1, 9, 15));
			row.getCell(2).setCellStyle(date);
			row.createCell(3).setCellValue(true);
			row.createCell(5).setCellValue("shared text");
			row.createCell(6).setCellErrorValue(FormulaError.NA.getCode());
			row.createCell(7).setCellValue(2.5);
			workbook.write(out);
		}
		List<TableRow> rows = rows(file);
		assertThat(rows).singleElement().satisfies(r -> {
			assertThat(r.line()).isEqualTo(5);
			assertThat(r.cells()).containsExactly("1234", "2026-05-01", "2026-05-01 09:15", "TRUE", "", "shared text", "#N/A", "2.5");
		});
	}

	@Test
	void namesEachSheetByFileAndSheetName() throws IOException {
		Path file = DIR.resolve("named.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("First");
			workbook.createSheet("Second").createRow(0).createCell(0).setCellValue("x");
			workbook.write(out);
		}
		List<String> names = new ArrayList<>();
		try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
			for (Table table = workbook.next(); table != null; table = workbook.next()) {
				names.add(table.name() + " " + table.position(3, 27));
			}
		}
		assertThat(names).containsExactly("named.xlsx#First First!AB3", "named.xlsx#Second Second!AB3");
	}

	@Nested
	class HostileWorkbooks {

		@Test
		void aSheetDeclaringAnExternalEntityFailsWithoutFetchingIt() throws IOException {
			Path file = withSheet("xxe.xlsx", """
					<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
					<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
					<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>""");
			assertThatThrownBy(() -> rows(file)).isInstanceOf(UnreadableTable.class)
				.hasMessageContaining("xxe.xlsx#Sheet1 is broken")
				.hasMessageNotContaining("root:");
		}

		@Test
		void aZipBombFailsNamingTheLimit() throws IOException {
			Path file = withSheet("bomb.xlsx", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
					+ " ".repeat(4 * 1024 * 1024) + "<sheetData/></worksheet>");
			assertThatThrownBy(() -> rows(file)).isInstanceOf(UnreadableTable.class).hasMessageContaining("zip bomb");
		}
	}

	/** A workbook POI made, with its one sheet's XML replaced. */
	private static Path withSheet(String name, String sheetXml) throws IOException {
		Path made = DIR.resolve("made-" + name);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(made)) {
			workbook.createSheet("Sheet1");
			workbook.write(out);
		}
		Path file = DIR.resolve(name);
		try (ZipFile in = new ZipFile(made.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					out.write(sheetXml.getBytes(StandardCharsets.UTF_8));
				}
				else {
					try (InputStream data = in.getInputStream(entry)) {
						data.transferTo(out);
					}
				}
			}
		}
		return file;
	}

	static List<TableRow> rows(Path file) throws IOException {
		List<TableRow> rows = new ArrayList<>();
		try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
			Table table = workbook.next();
			for (TableRow row = table.next(); row != null; row = table.next()) {
				rows.add(row);
			}
		}
		return rows;
	}
}
