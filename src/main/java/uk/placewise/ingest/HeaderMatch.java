package uk.placewise.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A header row matched to a feed: where each of the feed's canonical columns is in the file (-1 when
 * absent). Header cells are compared ignoring case, spaces, line breaks and punctuation
 * ({@code Multi-building} is {@code Multi Building}, {@code children's} is {@code childrens}), and past a
 * prefix the feed allows ({@code Latest full inspection ...}); extra columns are ignored.
 *
 * @param width the number of cells up to the last non-blank header cell
 * @param missing columns the feed needs in its header (required values, {@code column: required}) that the
 *        header lacks: the file is then refused, not read as this feed
 */
record HeaderMatch(FeedDefinition feed, String[] header, long line, int[] index, int width, int found,
		List<String> missing) {

	/**
	 * A header text as compared: lower case, apostrophes dropped, note references dropped ("[note 3]",
	 * "(Note 4)": the government's accessible-spreadsheet style puts them in header cells), every other
	 * run of spaces and punctuation one space. Publishers' wording drifts in exactly these ways.
	 */
	static String normalise(String cell) {
		String text = NOTE.matcher(cell.replace("\uFEFF", "")).replaceAll(" ");
		return PUNCTUATION.matcher(APOSTROPHE.matcher(text).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * A header text of the feed definitions (a column's header or alias, a prefix, an {@code unless}
	 * marker) as {@link #normalise} makes it, worked out once: every row searched for a header is compared
	 * with each of them for every feed. A file's own cells are normalised once per row instead (see
	 * {@link #best}); only definitions, a few hundred texts, are kept.
	 */
	private static String defined(String text) {
		String known = DEFINED.get(text);
		if (known == null) {
			known = normalise(text);
			if (DEFINED.size() < 10_000) {
				DEFINED.put(text, known);
			}
		}
		return known;
	}

	private static final Map<String, String> DEFINED = new ConcurrentHashMap<>();

	private static final Pattern NOTE = Pattern.compile("(?i)[\\[(]\\s*notes?\\s*\\d+(\\s*(,|and|&)\\s*\\d+)*\\s*[\\])]");

	private static final Pattern APOSTROPHE = Pattern.compile("['\u2019\u2018`]");

	private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");

	/**
	 * How {@code header} fits {@code feed}, or null when it lacks one of the columns that recognise
	 * the feed, or its recognition rules it out (see {@link Recognition}).
	 */
	static HeaderMatch of(FeedDefinition feed, String[] header, long line) {
		return fit(feed, header, normalised(header), line).match();
	}

	/**
	 * Why a header that holds every column recognising {@code feed} is still not that feed (it marks
	 * another table, or lacks every column of {@code recognise-any}), or null when that is not so.
	 */
	static String ruledOut(FeedDefinition feed, String[] header) {
		return fit(feed, header, normalised(header), 0).ruledOut();
	}

	private record Fit(HeaderMatch match, String ruledOut) {
	}

	private static final Fit NONE = new Fit(null, null);

	private static String[] normalised(String[] header) {
		String[] names = new String[header.length];
		for (int i = 0; i < header.length; i++) {
			names[i] = normalise(header[i]);
		}
		return names;
	}

	/** @param names each cell of {@code header}, {@link #normalise normalised} */
	private static Fit fit(FeedDefinition feed, String[] header, String[] names, long line) {
		Map<String, Integer> positions = new HashMap<>();
		int width = 0;
		for (int i = 0; i < header.length; i++) {
			String name = names[i];
			if (!name.isEmpty()) {
				positions.putIfAbsent(name, i);
				width = i + 1;
			}
		}
		Recognition recognition = feed.recognition();
		String marker = recognition.unless()
			.stream()
			.filter(m -> positions.containsKey(defined(m)))
			.findFirst()
			.orElse(null);
		withoutPrefixes(positions, recognition.prefixes());
		int[] index = new int[feed.columns().size()];
		int found = 0;
		for (int c = 0; c < index.length; c++) {
			index[c] = -1;
			for (String name : feed.columns().get(c).headers()) {
				Integer at = positions.get(defined(name));
				if (at != null) {
					index[c] = at;
					found++;
					break;
				}
			}
		}
		for (String name : feed.recognise()) {
			if (index[feed.columns().indexOf(feed.column(name))] < 0) {
				return NONE;
			}
		}
		if (marker != null) {
			return new Fit(null, "its column '" + marker + "' marks another table (unless)");
		}
		if (!recognition.anyOf().isEmpty()
				&& recognition.anyOf().stream().allMatch(name -> index[feed.columns().indexOf(feed.column(name))] < 0)) {
			return new Fit(null, "it has none of the columns "
					+ String.join(", ", recognition.anyOf().stream().map(n -> feed.column(n).header()).toList())
					+ " (recognise-any)");
		}
		List<String> missing = new ArrayList<>();
		for (int c = 0; c < index.length; c++) {
			if (index[c] < 0 && feed.columns().get(c).neededInHeader()) {
				missing.add(feed.columns().get(c).header());
			}
		}
		return new Fit(new HeaderMatch(feed, header, line, index, width, found, missing), null);
	}

	/**
	 * Adds each header cell that starts with one of {@code prefixes} under its name without the prefix,
	 * unless a cell already has that name: a cell named in full always wins over one named past a prefix.
	 */
	private static void withoutPrefixes(Map<String, Integer> positions, List<String> prefixes) {
		if (prefixes.isEmpty()) {
			return;
		}
		Map<String, Integer> stripped = new HashMap<>();
		positions.forEach((name, at) -> {
			for (String prefix : prefixes) {
				String p = defined(prefix) + " ";
				if (name.startsWith(p)) {
					stripped.merge(name.substring(p.length()), at, Math::min);
				}
			}
		});
		stripped.forEach(positions::putIfAbsent);
	}

	/**
	 * The best match among the feeds, or null: a feed the header has every needed column of before one it
	 * lacks some of (which would refuse the file), then the most columns found.
	 */
	static HeaderMatch best(List<FeedDefinition> feeds, String[] header, long line) {
		String[] names = normalised(header);
		HeaderMatch best = null;
		for (FeedDefinition feed : feeds) {
			HeaderMatch match = fit(feed, header, names, line).match();
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
