package uk.placewise.ingest.workbook;

import uk.placewise.ingest.tables.ReadLimits;
import uk.placewise.ingest.tables.UnreadableTable;

/** The non-blank cells one workbook may hold across its sheets ({@link ReadLimits#MAX_CELLS}). */
final class CellBudget {

	private final String file;

	private long cells;

	CellBudget(String file) {
		this.file = file;
	}

	void spend(long n) {
		cells += n;
		if (cells > ReadLimits.MAX_CELLS) {
			throw new UnreadableTable(file + " has more than " + ReadLimits.MAX_CELLS + " cells: not read");
		}
	}
}
