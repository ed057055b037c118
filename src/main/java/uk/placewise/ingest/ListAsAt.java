package uk.placewise.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.placewise.store.FeedTable;
import uk.placewise.store.IngestWarning;
import uk.placewise.store.ListDates;

/**
 * A dated list ({@code dated-list} in the feed definition: Ofsted's provider list "as at 31 March 2025")
 * read against the lists already stored: a row whose provider came from a newer list is not overwritten
 * (a suspension or a newer judgement would be lost) but kept in history; a provider only this list has
 * is filled from it; and an older list than the one stored is said, not absorbed.
 *
 * <p>The list's date is, first found first: "as at 31 March 2025" in the title rows above the header;
 * the sheet's name ({@code Provider_level_at_31_Mar_2025}); the file's name ({@code provider_at_march_2024.csv},
 * the month's last day); else the latest date in its {@code dated-list} columns (an inspection is
 * published before the list that carries it, so that date is a lower bound: a re-export of a stored list
 * without its title then reads as no newer than it, and does not overwrite it).
 */
final class ListAsAt {

	/** Rows of an undated list held back until its date is known (from its rows): 10 times Ofsted's list. */
	static final int MAX_HELD = 60_000;

	private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
			+ "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(?i)(?<![a-z])at[\\s_-]+(\\d{1,2})(?:st|nd|rd|th)?[\\s_-]+(" + MONTHS + ")[\\s_,-]+((?:19|20)\\d{2})(?!\\d)");

	private static final Pattern MONTH_YEAR = Pattern
		.compile("(?i)(?<![a-z])at[\\s_-]+(" + MONTHS + ")[\\s_,-]+((?:19|20)\\d{2})(?!\\d)");

	static final DateTimeFormatter SAID = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** A list's date and where it was read from ({@code the title row}). */
	record Dated(LocalDate date, String evidence) {
	}

	private final FeedDefinition feed;

	private final FeedTable table;

	private final ListDates dates;

	private final String file;

	private final long runId;

	private final LocalDate asOf;

	private final int[] keyIndex;

	private final int[] dateIndex;

	private Dated dated;

	private Map<String, ListDates.Newest> newer;

	/** The newest of the lists whose rows this one did not overwrite. */
	private ListDates.Newest newest;

	private final List<Object[]> held = new ArrayList<>();

	private final List<Long> heldLines = new ArrayList<>();

	private LocalDate latestInRows;

	private final List<String> taken = new ArrayList<>();

	private final List<Object[]> older = new ArrayList<>();

	private FileRows.Sink sink;

	/** The list's own date when it was after the as-of date (and taken as the as-of date), else null. */
	private Dated future;

	private ListAsAt(FeedDefinition feed, FeedTable table, ListDates dates, String file, Dated stated, long runId,
			LocalDate asOf) {
		this.feed = feed;
		this.table = table;
		this.dates = dates;
		this.file = file;
		this.runId = runId;
		this.asOf = asOf;
		this.keyIndex = feed.key().stream().mapToInt(k -> feed.columns().indexOf(feed.column(k))).toArray();
		this.dateIndex = feed.datedList().stream().mapToInt(k -> feed.columns().indexOf(feed.column(k))).toArray();
		if (stated != null && stated.date().isAfter(asOf)) {
			// a title from after tonight (mistyped 2099, or a replay) is not believed: dated by its rows instead,
			// or it would keep every later list, the real one included, from its providers
			future = stated;
		}
		else if (stated != null) {
			date(stated);
		}
	}

	/** The guard for one file of a dated list, or null when the feed is not one. */
	static ListAsAt of(FeedDefinition feed, FeedTable table, ListDates dates, String file, List<String> titles,
			long runId, LocalDate asOf) {
		if (feed.datedList() == null) {
			return null;
		}
		return new ListAsAt(feed, table, dates, file, stated(titles, file), runId, asOf);
	}

	/** The date the title rows, the sheet's name or the file's name state, or null. */
	static Dated stated(List<String> titles, String name) {
		for (String title : titles) {
			LocalDate d = date(title);
			if (d != null) {
				return new Dated(d, "its title row");
			}
		}
		int hash = name.lastIndexOf('#');
		if (hash >= 0) {
			LocalDate d = date(name.substring(hash + 1));
			if (d != null) {
				return new Dated(d, "its sheet's name");
			}
		}
		LocalDate d = date(hash >= 0 ? name.substring(0, hash) : name);
		return d == null ? null : new Dated(d, "its file name");
	}

	/** "as at 31 March 2025", "at_31_Mar_2025", "at march 2024" (the month's last day), or null. */
	static LocalDate date(String text) {
		Matcher m = DAY_MONTH_YEAR.matcher(text);
		if (m.find()) {
			YearMonth month = YearMonth.of(Integer.parseInt(m.group(3)), month(m.group(2)));
			int day = Integer.parseInt(m.group(1));
			return day >= 1 && day <= month.lengthOfMonth() ? month.atDay(day) : null;
		}
		m = MONTH_YEAR.matcher(text);
		if (m.find()) {
			return YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).atEndOfMonth();
		}
		return null;
	}

	private static int month(String name) {
		String three = name.substring(0, 3).toLowerCase(Locale.ROOT);
		return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(three) + 1;
	}

	private void date(Dated d) {
		if (d != null && d.date().isAfter(asOf)) {
			// rows from after tonight (a replay): the list is no newer than tonight
			d = new Dated(asOf, d.evidence() + ", capped at the as-of date");
		}
		this.dated = d;
		this.newer = d == null ? Map.of() : dates.newerThan(table.table(), d.date());
	}

	/** Where the file's accepted rows go: through this guard to {@code store}. */
	FileRows.Sink guard(FileRows.Sink store) {
		this.sink = store;
		return this::add;
	}

	private void add(Object[] values, long line) {
		if (dated == null) {
			for (int i : dateIndex) {
				if (values[i] instanceof LocalDate d && (latestInRows == null || d.isAfter(latestInRows))) {
					latestInRows = d;
				}
			}
			held.add(values.clone());
			heldLines.add(line);
			if (held.size() >= MAX_HELD) {
				release();
			}
			return;
		}
		String key = naturalKey(values);
		ListDates.Newest kept = newer.get(key);
		if (kept != null) {
			if (newest == null || kept.asAt().isAfter(newest.asAt())) {
				newest = kept;
			}
			Object[] row = java.util.Arrays.copyOf(values, values.length + 2);
			row[values.length] = key;
			row[values.length + 1] = line;
			older.add(row);
			return;
		}
		taken.add(key);
		sink.add(values, line);
	}

	/** An undated list's date from its rows so far: the latest of its date columns. */
	private void release() {
		date(latestInRows == null ? null : new Dated(latestInRows, "the latest date in its rows (it states none)"));
		List<Object[]> rows = List.copyOf(held);
		List<Long> lines = List.copyOf(heldLines);
		held.clear();
		heldLines.clear();
		for (int i = 0; i < rows.size(); i++) {
			if (dated == null) {
				sink.add(rows.get(i), lines.get(i));
			}
			else {
				add(rows.get(i), lines.get(i));
			}
		}
	}

	/**
	 * Stores what the file's rows left: the dates of the rows taken, the older rows in history.
	 * @return what to say: a list dated after the as-of date; one older than the one stored
	 */
	List<IngestWarning> finish() {
		List<IngestWarning> said = new ArrayList<>();
		IngestWarning older = stored();
		if (future != null) {
			said.add(new IngestWarning(file, IngestWarning.LIST_AFTER_AS_OF, "list dated after the as-of date",
					"the list is as at " + future.date().format(SAID) + " (from " + future.evidence() + "), after the"
							+ " as-of date " + asOf + ": not believed, the list is dated by its rows instead ("
							+ (dated == null ? "none is dated" : "as at " + dated.date().format(SAID)) + "), so that it cannot"
							+ " keep a later list from its providers"));
		}
		if (older != null) {
			said.add(older);
		}
		return said;
	}

	private IngestWarning stored() {
		if (dated == null) {
			release();
		}
		if (dated == null) {
			return new IngestWarning(file, IngestWarning.OLDER_LIST, "no as-at date", "the list states no date (no"
					+ " \"as at\" in its title rows, sheet's name or file name) and none of its rows is dated: read as"
					+ " the newest list, as a list was before lists were dated");
		}
		dates.stored(table.table(), taken, dated.date(), file);
		dates.keepInHistory(table, older, file, runId, asOf);
		if (newest == null) {
			return null;
		}
		String stored = newest.asAt().format(SAID) + " (" + newest.sourceFile() + ")";
		return new IngestWarning(file, IngestWarning.OLDER_LIST, "older list than the one stored: as at "
				+ dated.date().format(SAID) + ", stored " + newest.asAt().format(SAID),
				"older list than the one stored: this list is as at " + dated.date().format(SAID) + " (from "
						+ dated.evidence() + "), the store holds the list as at " + stored + ": " + older.size()
						+ (older.size() == 1 ? " provider" : " providers") + " of the newer list kept as it says"
						+ " (this list's rows for them kept in history), " + taken.size()
						+ " others taken from it (providers no newer list has)");
	}

	private String naturalKey(Object[] values) {
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < keyIndex.length; i++) {
			if (i > 0) {
				key.append('\u001f');
			}
			Object v = values[keyIndex[i]];
			key.append(v == null ? "" : v.toString());
		}
		return key.toString();
	}
}
