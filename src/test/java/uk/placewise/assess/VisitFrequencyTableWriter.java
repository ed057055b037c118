package uk.placewise.assess;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the shipped {@code rules/visit-frequency.xlsx} (risk-model.md section 3) as a Drools
 * decision table. A developer's tool: the council edits the spreadsheet itself afterwards, so this
 * is only run to recreate the default. Run: {@code java ... VisitFrequencyTableWriter rules}.
 */
final class VisitFrequencyTableWriter {

	private VisitFrequencyTableWriter() {
	}

	public static void main(String[] args) throws IOException {
		write(Path.of(args.length > 0 ? args[0] : "rules").resolve("visit-frequency.xlsx"));
	}

	static void write(Path file) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet("Visit frequency");
			CellStyle engine = style(book, IndexedColors.GREY_25_PERCENT, false);
			CellStyle heading = style(book, IndexedColors.LIGHT_CORNFLOWER_BLUE, true);
			CellStyle value = style(book, IndexedColors.WHITE, false);
			CellStyle note = book.createCellStyle();
			note.setWrapText(false);

			row(sheet, 0, engine, "RuleSet", "uk.placewise.rules");
			row(sheet, 1, engine, "Import",
					"uk.placewise.assess.Band, uk.placewise.assess.VisitEvery, uk.placewise.assess.FirstVisitWithin");
			row(sheet, 2, note, "Notes",
					"QA visit frequency by band (risk-model.md section 3). Seed 001 24.3: \"A commitment has been made to ensure at least one QA visit per year\"; seeds 003 s12 and 004 6.17: a risk-based system \"determines the level and frequency of quality assurance visits\".");
			row(sheet, 3, note, "", "Change the white cells only. Leave a cell empty when it does not apply. Grey rows are read by the rules engine: do not change them.");
			row(sheet, 5, engine, "RuleTable VISIT-FREQUENCY");
			row(sheet, 6, engine, "NAME", "CONDITION", "ACTION", "ACTION", "ACTION");
			row(sheet, 7, engine, "", "$b : Band", "", "", "");
			row(sheet, 8, engine, "", "band == \"$param\"",
					"insert( new VisitEvery( $b.urn(), $param, drools.getRule().getName() ) );",
					"insert( new FirstVisitWithin( $b.urn(), $param, FirstVisitWithin.WORKING_DAYS, drools.getRule().getName() ) );",
					"insert( new FirstVisitWithin( $b.urn(), $param, FirstVisitWithin.MONTHS, drools.getRule().getName() ) );");
			row(sheet, 9, heading, "Rule", "Band", "Visit at least every (months)",
					"First visit when never visited: within (working days)",
					"First visit when never visited: within (months)");
			values(sheet, 10, value, "VISIT-FREQUENCY-CRITICAL", "Critical", 1, 10, null);
			values(sheet, 11, value, "VISIT-FREQUENCY-HIGH", "High", 3, null, 1);
			values(sheet, 12, value, "VISIT-FREQUENCY-MEDIUM", "Medium", 6, null, 3);
			values(sheet, 13, value, "VISIT-FREQUENCY-LOW", "Low", 12, null, 3);
			sheet.setColumnWidth(0, 28 * 256);
			sheet.setColumnWidth(1, 22 * 256);
			for (int c = 2; c <= 4; c++) {
				sheet.setColumnWidth(c, 34 * 256);
			}
			Files.createDirectories(file.toAbsolutePath().getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				book.write(out);
			}
		}
	}

	private static void row(Sheet sheet, int index, CellStyle style, String... cells) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < cells.length; c++) {
			Cell cell = row.createCell(c);
			cell.setCellValue(cells[c]);
			cell.setCellStyle(style);
		}
	}

	private static void values(Sheet sheet, int index, CellStyle style, String name, String band, Integer every,
			Integer workingDays, Integer months) {
		Row row = sheet.createRow(index);
		row.createCell(0).setCellValue(name);
		row.createCell(1).setCellValue(band);
		Integer[] numbers = { every, workingDays, months };
		for (int c = 0; c < numbers.length; c++) {
			Cell cell = row.createCell(c + 2);
			if (numbers[c] != null) {
				cell.setCellValue(numbers[c]);
			}
		}
		for (Cell cell : row) {
			cell.setCellStyle(style);
		}
	}

	private static CellStyle style(XSSFWorkbook book, IndexedColors fill, boolean bold) {
		CellStyle style = book.createCellStyle();
		style.setFillForegroundColor(fill.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setWrapText(true);
		if (bold) {
			Font font = book.createFont();
			font.setBold(true);
			style.setFont(font);
		}
		return style;
	}
}
