package uk.placewise.ingest;

import java.util.HashSet;
import java.util.Set;

/**
 * Where a file's personal cells are, from its matched header: the columns its feed marks
 * {@code personal} and the cells under its {@code personal-headers}. A row whose cells do not line up
 * with the header is blanked whole, since a personal value may have moved into any cell of it.
 */
final class Personal {

	static final Personal NONE = new Personal(Set.of(), 0, false);

	private final Set<Integer> positions;

	private final int width;

	private final boolean any;

	private Personal(Set<Integer> positions, int width, boolean any) {
		this.positions = positions;
		this.width = width;
		this.any = any;
	}

	static Personal of(HeaderMatch header) {
		FeedDefinition feed = header.feed();
		if (!feed.hasPersonal()) {
			return NONE;
		}
		Set<Integer> positions = new HashSet<>();
		for (int c = 0; c < feed.columns().size(); c++) {
			if (feed.columns().get(c).personal() && header.index()[c] >= 0) {
				positions.add(header.index()[c]);
			}
		}
		Set<String> named = new HashSet<>();
		feed.personalHeaders().forEach(h -> named.add(HeaderMatch.normalise(h)));
		for (int i = 0; i < header.header().length; i++) {
			if (named.contains(HeaderMatch.normalise(header.header()[i]))) {
				positions.add(i);
			}
		}
		return new Personal(Set.copyOf(positions), header.width(), true);
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
			if ((!aligned || positions.contains(i)) && out[i] != null && !out[i].isBlank()) {
				out[i] = RejectWriter.REMOVED;
			}
		}
		return out;
	}
}
