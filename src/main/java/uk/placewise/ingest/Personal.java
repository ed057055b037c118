package uk.placewise.ingest;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a file's personal cells are, from its matched header: the columns its feed marks
 * {@code personal} and the cells under its {@code personal-headers}. A row whose cells do not line up
 * with the header is blanked whole, since a personal value may have moved into any cell of it; and in a
 * row that does line up, a cell that looks like a date of birth or a UPN outside the columns where the
 * feed expects a date is blanked too (a value typed one column to the right still lines up).
 */
final class Personal {

	static final Personal NONE = new Personal(Set.of(), Set.of(), 0, false);

	/** A UPN: a check letter and twelve more characters, the last a digit or a letter (DfE). */
	private static final Pattern UPN = Pattern.compile("(?i)[A-Z]\\d{11}[0-9A-Z]");

	/** Anything shaped like a date, valid or not (02/14/2009 is half a date of birth all the same). */
	private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,4}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{1,4}.*");

	private final Set<Integer> positions;

	private final Set<Integer> dates;

	private final int width;

	private final boolean any;

	private Personal(Set<Integer> positions, Set<Integer> dates, int width, boolean any) {
		this.positions = positions;
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
		for (int c = 0; c < feed.columns().size(); c++) {
			ColumnDefinition column = feed.columns().get(c);
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
		return new Personal(Set.copyOf(positions), Set.copyOf(dates), header.width(), true);
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
			if (out[i] != null && !out[i].isBlank() && (!aligned || positions.contains(i) || looksPersonal(i, out[i]))) {
				out[i] = RejectWriter.REMOVED;
			}
		}
		return out;
	}

	private boolean looksPersonal(int position, String cell) {
		String text = cell.strip();
		return UPN.matcher(text).matches() || !dates.contains(position) && DATE_LIKE.matcher(text).matches();
	}
}
