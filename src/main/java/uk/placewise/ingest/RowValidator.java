package uk.placewise.ingest;

import java.util.ArrayList;
import java.util.List;

import uk.placewise.ingest.CellParser.Cell;

/** Reads one data row against its matched header: typed values in the feed's column order, or why not. */
final class RowValidator {

	/** The stored natural key is varchar(1000): the key columns joined with one separator between them. */
	static final int MAX_KEY = 1000;

	private RowValidator() {
	}

	private static int keyLength(FeedDefinition feed, Object[] values) {
		int length = feed.key().size() - 1;
		for (int i : keyIndex(feed)) {
			Object v = values[i];
			length += v == null ? 0 : v.toString().length();
		}
		return length;
	}

	/** The key columns' positions of the feed whose rows were checked last: found once per file, not per row. */
	private static volatile KeyIndex lastKeyIndex;

	private record KeyIndex(FeedDefinition feed, int[] index) {
	}

	private static int[] keyIndex(FeedDefinition feed) {
		KeyIndex last = lastKeyIndex;
		if (last == null || last.feed() != feed) {
			last = new KeyIndex(feed, feed.key().stream().mapToInt(k -> feed.columns().indexOf(feed.column(k))).toArray());
			lastKeyIndex = last;
		}
		return last.index();
	}

	/** Either values (one per canonical column, null when blank or absent) or a reason. */
	record Checked(Object[] values, String reason, boolean padded) {

		Checked(Object[] values, String reason) {
			this(values, reason, false);
		}
	}

	static Checked check(HeaderMatch header, String[] cells) {
		int last = cells.length;
		while (last > 0 && cells[last - 1].isBlank()) {
			last--;
		}
		if (last > header.width()) {
			return new Checked(null, "wrong number of cells: " + last + " (the header has " + header.width() + ")");
		}
		boolean padded = cells.length < header.width();
		if (padded) {
			// an export that drops trailing empty cells: the missing cells are empty (required ones then say so)
			int given = cells.length;
			cells = java.util.Arrays.copyOf(cells, header.width());
			java.util.Arrays.fill(cells, given, header.width(), "");
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
				// a feed with personal columns never quotes a cell: a value in the wrong column may be a DOB
				boolean blind = !columns.get(c).personal() && header.feed().hasPersonal();
				errors.add(blind ? BlindReason.of(columns.get(c), cells[at]) : cell.error());
			}
			values[c] = cell.value();
		}
		String order = errors.isEmpty() ? DateChecks.outOfOrder(header.feed(), values) : null;
		if (order != null) {
			errors.add(order);
		}
		if (errors.isEmpty() && keyLength(header.feed(), values) > MAX_KEY) {
			errors.add("the key (" + String.join(", ", header.feed().key()) + ") is longer than " + MAX_KEY + " characters");
		}
		return errors.isEmpty() ? new Checked(values, null, padded) : new Checked(null, String.join("; ", errors), padded);
	}
}
