package uk.placewise.ingest;

import java.util.Arrays;

import uk.placewise.ingest.CsvRecords.CsvRecord;
import uk.placewise.ingest.tables.Table;
import uk.placewise.ingest.tables.TableRow;

/**
 * One table of a workbook or return read as the rows of a CSV. A sheet stores no trailing blank
 * cells, so each row is padded to the widest row so far: a row whose last cells are empty is not
 * "short" as a CSV row with missing separators would be.
 */
final class SheetRows implements TableRows {

	private final Table table;

	private int width;

	SheetRows(Table table) {
		this.table = table;
	}

	@Override
	public CsvRecord next() {
		TableRow row = table.next();
		if (row == null) {
			return null;
		}
		width = Math.max(width, row.cells().length);
		String[] cells = row.cells().length < width ? Arrays.copyOf(row.cells(), width) : row.cells();
		for (int i = row.cells().length; i < width; i++) {
			cells[i] = "";
		}
		return new CsvRecord(row.line(), cells, null);
	}

	@Override
	public void close() {
		// the table's source closes it
	}
}
