package uk.placewise.ingest.workbook;

import java.util.regex.Pattern;

import uk.placewise.ingest.tables.Cells;

/** A cell's place as a spreadsheet names it: {@code Sheet1!C12} (quoted when the name has spaces). */
final class WorkbookPositions {

	/** A sheet name written unquoted; compiled once, as every cell read names its place. */
	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.]+");

	private WorkbookPositions() {
	}

	static String of(String sheet, long row, int cell) {
		String name = PLAIN.matcher(sheet).matches() ? sheet : "'" + sheet.replace("'", "''") + "'";
		return name + "!" + (cell >= 0 ? Cells.letters(cell) : "") + row;
	}
}
