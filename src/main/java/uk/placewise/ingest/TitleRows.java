package uk.placewise.ingest;

import java.util.ArrayList;
import java.util.List;

import uk.placewise.ingest.CsvRecords.CsvRecord;

/**
 * A table's rows that remember the text of the records read while its header was searched for: the
 * title rows above a header ("Children's social care data in England 2025 - Provider level as at 31
 * March 2025") say what the table is. Bounded: a few cells of the first records only.
 */
final class TitleRows implements TableRows {

	private static final int CELLS = 3;

	private static final int CHARS = 300;

	private final TableRows rows;

	private final List<String> titles = new ArrayList<>();

	private boolean remembering = true;

	TitleRows(TableRows rows) {
		this.rows = rows;
	}

	@Override
	public CsvRecord next() {
		CsvRecord record = rows.next();
		if (remembering && record != null && titles.size() < FileIngester.HEADER_SEARCH_ROWS * CELLS) {
			for (int c = 0; c < Math.min(CELLS, record.cells().length); c++) {
				String cell = record.cells()[c];
				if (!cell.isBlank()) {
					titles.add(cell.length() > CHARS ? cell.substring(0, CHARS) : cell);
				}
			}
		}
		return record;
	}

	/** The texts of the records read so far; stops remembering (the rows below the header are data). */
	List<String> titles() {
		remembering = false;
		return List.copyOf(titles);
	}

	@Override
	public void close() {
		rows.close();
	}
}
