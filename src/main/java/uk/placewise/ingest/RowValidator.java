package uk.placewise.ingest;

import java.util.ArrayList;
import java.util.List;

import uk.placewise.ingest.CellParser.Cell;

/** Reads one data row against its matched header: typed values in the feed's column order, or why not. */
final class RowValidator {

	private RowValidator() {
	}

	/** Either values (one per canonical column, null when blank or absent) or a reason. */
	record Checked(Object[] values, String reason) {
	}

	static Checked check(HeaderMatch header, String[] cells) {
		int last = cells.length;
		while (last > 0 && cells[last - 1].isBlank()) {
			last--;
		}
		if (last > header.width() || cells.length < header.width()) {
			return new Checked(null, "wrong number of cells: " + (last > header.width() ? last : cells.length)
					+ " (the header has " + header.width() + ")");
		}
		List<ColumnDefinition> columns = header.feed().columns();
		Object[] values = new Object[columns.size()];
		List<String> errors = new ArrayList<>();
		for (int c = 0; c < values.length; c++) {
			int at = header.index()[c];
			if (at < 0) {
				continue;
			}
			Cell cell = CellParser.parse(columns.get(c), cells[at]);
			if (cell.error() != null) {
				errors.add(cell.error());
			}
			values[c] = cell.value();
		}
		return errors.isEmpty() ? new Checked(values, null) : new Checked(null, String.join("; ", errors));
	}
}
