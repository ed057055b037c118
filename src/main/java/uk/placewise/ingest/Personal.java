package uk.placewise.ingest;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a file's personal cells are, from its matched header: the columns its feed marks
 * {@code personal} and the cells under its {@code personal-headers}. A row whose cells do not line up
 * with the header is blanked whole, since a personal value may have moved into any cell of it; and in a
 * row that does line up, a cell that looks like a date of birth or a UPN outside the columns where the
 * feed expects a date is blanked too (a value typed one column to the right still lines up), and so is
 * every cell that did not pass its own column's check or is under a header the feed does not read.
 */
final class Personal {

	static final Personal NONE = new Personal(Set.of(), Set.of(), new ColumnDefinition[0], 0, false);

	/** A UPN: a check letter and twelve more characters, the last a digit or a letter (DfE). */
	private static final Pattern UPN = Pattern.compile("(?i)[A-Z]\\d{11}[0-9A-Z]");

	/** Anything shaped like a date, valid or not (02/14/2009 is half a date of birth all the same). */
	private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{1,4}.*");

	private final Set<Integer> positions;

	/** The feed's column read from each position of the header, or null where no column is. */
	private final ColumnDefinition[] columnAt;

	private final Set<Integer> dates;

	private final int width;

	private final boolean any;

	private Personal(Set<Integer> positions, Set<Integer> dates, ColumnDefinition[] columnAt, int width, boolean any) {
		this.positions = positions;
		this.columnAt = columnAt;
		this.dates = dates;
		this.width = width;
		this.any = any;
	}

	static Personal of(HeaderMatch header) {
		FeedDefinition feed = header.feed();
		if (!feed.hasPersonal()) {
			return NONE;
		}
		Set<Integer> positions = new HashSet<>();
		Set<Integer> dates = new HashSet<>();
		ColumnDefinition[] columnAt = new ColumnDefinition[header.header().length];
		for (int c = 0; c < feed.columns().size(); c++) {
			ColumnDefinition column = feed.columns().get(c);
			int at = header.index()[c];
			if (at >= 0 && at < columnAt.length) {
				columnAt[at] = column;
			}
			if (column.personal() && header.index()[c] >= 0) {
				positions.add(header.index()[c]);
			}
			else if (column.type() == ColumnType.DATE && header.index()[c] >= 0) {
				dates.add(header.index()[c]);
			}
		}
		Set<String> named = new HashSet<>();
		feed.personalHeaders().forEach(h -> named.add(HeaderMatch.normalise(h)));
		for (int i = 0; i < header.header().length; i++) {
			if (named.contains(HeaderMatch.normalise(header.header()[i]))) {
				positions.add(i);
			}
		}
		return new Personal(Set.copyOf(positions), Set.copyOf(dates), columnAt, header.width(), true);
	}

	/** True when the feed has personal columns at all. */
	boolean any() {
		return any;
	}

	/** The cells with every personal one (or, for a row that does not line up, every one) blanked. */
	String[] blank(String[] cells) {
		if (!any) {
			return cells;
		}
		int last = cells.length;
		while (last > 0 && cells[last - 1].isBlank()) {
			last--;
		}
		boolean aligned = last <= width && cells.length >= width;
		String[] out = cells.clone();
		for (int i = 0; i < out.length; i++) {
			if (out[i] != null && !out[i].isBlank() && (!aligned || positions.contains(i) || !passes(i, out[i])
					|| looksPersonal(i, out[i]))) {
				out[i] = RejectWriter.REMOVED;
			}
		}
		return out;
	}

	/**
	 * True when the cell passed its own column's check: only such a cell is kept (allowlist), since a
	 * value that fails its column's check may be one typed into the wrong column, a date of birth or a UPN.
	 * A cell under a header the feed does not read was checked by nothing, and is not kept either.
	 */
	private boolean passes(int position, String cell) {
		ColumnDefinition column = position < columnAt.length ? columnAt[position] : null;
		return column != null && CellParser.parse(column, cell).error() == null;
	}

	private boolean looksPersonal(int position, String cell) {
		String text = cell.strip();
		return UPN.matcher(text).matches() || !dates.contains(position) && DATE_LIKE.matcher(text).matches();
	}
}
