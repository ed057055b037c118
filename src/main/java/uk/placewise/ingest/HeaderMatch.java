package uk.placewise.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A header row matched to a feed: where each of the feed's canonical columns is in the file (-1 when
 * absent). Header cells are compared ignoring case, extra spaces and line breaks; extra columns are
 * ignored.
 *
 * @param width the number of cells up to the last non-blank header cell
 * @param missing columns the feed needs in its header (required values, {@code column: required}) that the
 *        header lacks: the file is then refused, not read as this feed
 */
record HeaderMatch(FeedDefinition feed, String[] header, long line, int[] index, int width, int found,
		List<String> missing) {

	static String normalise(String cell) {
		return cell.replace("\uFEFF", "")
			.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replace('\u00A0', ' ')
			.replaceAll("\\s+", " ")
			.strip()
			.toLowerCase(Locale.ROOT);
	}

	/**
	 * How {@code header} fits {@code feed}, or null when it lacks one of the columns that recognise
	 * the feed.
	 */
	static HeaderMatch of(FeedDefinition feed, String[] header, long line) {
		Map<String, Integer> positions = new HashMap<>();
		int width = 0;
		for (int i = 0; i < header.length; i++) {
			String name = normalise(header[i]);
			if (!name.isEmpty()) {
				positions.putIfAbsent(name, i);
				width = i + 1;
			}
		}
		int[] index = new int[feed.columns().size()];
		int found = 0;
		for (int c = 0; c < index.length; c++) {
			index[c] = -1;
			for (String name : feed.columns().get(c).headers()) {
				Integer at = positions.get(normalise(name));
				if (at != null) {
					index[c] = at;
					found++;
					break;
				}
			}
		}
		for (String name : feed.recognise()) {
			if (index[feed.columns().indexOf(feed.column(name))] < 0) {
				return null;
			}
		}
		List<String> missing = new ArrayList<>();
		for (int c = 0; c < index.length; c++) {
			if (index[c] < 0 && feed.columns().get(c).neededInHeader()) {
				missing.add(feed.columns().get(c).header());
			}
		}
		return new HeaderMatch(feed, header, line, index, width, found, missing);
	}

	/**
	 * The best match among the feeds, or null: a feed the header has every needed column of before one it
	 * lacks some of (which would refuse the file), then the most columns found.
	 */
	static HeaderMatch best(List<FeedDefinition> feeds, String[] header, long line) {
		HeaderMatch best = null;
		for (FeedDefinition feed : feeds) {
			HeaderMatch match = of(feed, header, line);
			if (match != null && (best == null || better(match, best))) {
				best = match;
			}
		}
		return best;
	}

	private static boolean better(HeaderMatch a, HeaderMatch b) {
		if (a.missing().isEmpty() != b.missing().isEmpty()) {
			return a.missing().isEmpty();
		}
		return a.found() > b.found();
	}

	/**
	 * Header cells that name a column already found further left (two {@code DEC} cells, or a name and
	 * its alias): only the first is read. Each as {@code {canonical column index, header cell index}}.
	 */
	List<int[]> repeatedColumns() {
		List<int[]> repeated = new ArrayList<>();
		for (int c = 0; c < index.length; c++) {
			if (index[c] < 0) {
				continue;
			}
			java.util.Set<String> names = new java.util.HashSet<>();
			feed.columns().get(c).headers().forEach(h -> names.add(normalise(h)));
			for (int i = 0; i < header.length; i++) {
				if (i != index[c] && names.contains(normalise(header[i]))) {
					repeated.add(new int[] { c, i });
				}
			}
		}
		return repeated;
	}

	/** The feed's scoring columns the header lacks: the file is read, with a warning for each. */
	List<ColumnDefinition> scoringMissing() {
		List<ColumnDefinition> lacking = new ArrayList<>();
		for (int c = 0; c < index.length; c++) {
			if (index[c] < 0 && feed.columns().get(c).scoring() != null) {
				lacking.add(feed.columns().get(c));
			}
		}
		return lacking;
	}
}
