package uk.placewise.ingest.workbook;

import uk.placewise.ingest.tables.Cells;

/** A cell's place as a spreadsheet names it: {@code Sheet1!C12} (quoted when the name has spaces). */
final class WorkbookPositions {

	private WorkbookPositions() {
	}

	static String of(String sheet, long row, int cell) {
		String name = sheet.matches("[A-Za-z0-9_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
		return name + "!" + (cell >= 0 ? Cells.letters(cell) : "") + row;
	}
}
