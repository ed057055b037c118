package uk.placewise.ingest;

import java.util.ArrayList;
import java.util.List;

import uk.placewise.store.FeedTableWriter.Repeat;
import uk.placewise.store.IngestWarning;

/**
 * What one file's ingest says out loud though it took the file: each scoring column the header lacks,
 * and each natural key that two rows of the file share. Duplicates are named line by line up to
 * {@link #NAMED}, then counted, so that an export with thousands of repeats still gives a short summary.
 */
final class FileWarnings {

	/** How many duplicate keys (and exact repeats) are named with their lines before the rest are counted. */
	static final int NAMED = 20;

	/** More rejected rows than this, and more than half the file's, is a warning about the file. */
	static final int MOSTLY = 10;

	private final String file;

	private final List<IngestWarning> warnings = new ArrayList<>();

	private int differing;

	private final List<String> repeats = new ArrayList<>();

	private int identical;

	private long firstRepeat;

	private long firstRepeated;

	FileWarnings(String file) {
		this.file = file;
	}

	/** One warning per scoring column the matched header lacks, with what the rules lose. */
	void missingScoringColumns(HeaderMatch header) {
		for (ColumnDefinition c : header.scoringMissing()) {
			warnings.add(new IngestWarning(file, IngestWarning.SCORING_COLUMN, "no " + c.header() + " column",
					"no " + c.header() + " column: "
					+ c.scoring() + " (read anyway; if the file names it otherwise, add that name as an alias in jobs/feeds/"
					+ header.feed().definedIn() + ")"));
		}
	}

	/** One warning per header cell naming a column that an earlier cell already named: it is not read. */
	void repeatedColumns(HeaderMatch header) {
		for (int[] r : header.repeatedColumns()) {
			ColumnDefinition c = header.feed().columns().get(r[0]);
			int first = header.index()[r[0]] + 1;
			warnings.add(new IngestWarning(file, IngestWarning.DUPLICATE_COLUMN, "two " + c.header() + " columns",
					"the header names " + c.header() + " twice (columns " + first + " and " + (r[1] + 1) + "): column "
							+ first + " is read, column " + (r[1] + 1) + " is ignored"));
		}
	}

	/**
	 * A file that ends inside a quoted cell (a copy cut short, or a quote never closed): every line after
	 * the one that opened the cell was read as part of it, so rows may be missing without a reject each.
	 */
	void truncated(String note) {
		if (note != null && !note.isEmpty()) {
			warnings.add(new IngestWarning(file, IngestWarning.TRUNCATED, "truncated",
					note.replaceFirst("^; ", "") + ": the rest of the file was read as that cell, so rows after it may be"
							+ " missing (a copy cut short, or a quote never closed); rejected as one row"));
		}
	}

	/** Rows given a collection year that ends after the as-of date (see {@link YearFill#afterAsOf}). */
	void yearAfterAsOf(String sentence) {
		if (sentence != null) {
			warnings.add(new IngestWarning(file, IngestWarning.YEAR_AFTER_AS_OF, "rows dated after the as-of date", sentence));
		}
	}

	/**
	 * A file most of whose rows were rejected (more than {@link #MOSTLY} of them and more than half): an
	 * export in another layout, or cut wrongly, whose rejects no-one reads is a file not taken in all but name.
	 */
	void mostlyRejected(int read, int rejected, String feed) {
		if (rejected > MOSTLY && rejected * 2L > read) {
			String counts = String.format(java.util.Locale.UK, "%,d of %,d rows rejected", rejected, read);
			warnings.add(new IngestWarning(file, IngestWarning.MOSTLY_REJECTED, counts, counts + " (rejects/" + feed
					+ ".csv gives each row's reason): most of the file was not taken"));
		}
	}

	/** A warning worked out elsewhere (a dated list's, {@link ListAsAt}); null is nothing to say. */
	void add(IngestWarning warning) {
		if (warning != null) {
			warnings.add(warning);
		}
	}

	/** Warnings worked out elsewhere (a dated list's, {@link ListAsAt}). */
	void add(List<IngestWarning> said) {
		warnings.addAll(said);
	}

	/** A row that had the key of an earlier row of this file; {@code key} describes it (columns and values). */
	void repeat(Repeat repeat, long line, String key) {
		if (repeat.identical()) {
			if (identical++ == 0) {
				firstRepeat = line;
				firstRepeated = repeat.earlierLine();
			}
			if (repeats.size() < NAMED) {
				repeats.add(line + " (as " + repeat.earlierLine() + ")");
			}
			return;
		}
		differing++;
		if (differing <= NAMED) {
			warnings.add(new IngestWarning(file, IngestWarning.DUPLICATE_KEY, "line " + line + " has line "
					+ repeat.earlierLine() + "'s key, line " + line + " kept", "line " + line + " has the key of line "
					+ repeat.earlierLine() + " (" + key + ") with other values: line " + line
					+ " is kept, as the later row of the file wins; line " + repeat.earlierLine() + " is kept in history"));
		}
	}

	List<IngestWarning> all() {
		List<IngestWarning> all = new ArrayList<>(warnings);
		if (differing > NAMED) {
			all.add(new IngestWarning(file, IngestWarning.DUPLICATE_KEY, (differing - NAMED) + " more duplicate keys",
					(differing - NAMED) + " more rows have the key of"
					+ " an earlier row with other values; in each the later row of the file is kept"));
		}
		if (identical > 0) {
			all.add(new IngestWarning(file, IngestWarning.DUPLICATE_ROW, identical == 1
					? "line " + firstRepeat + " repeats line " + firstRepeated : identical + " rows repeat earlier rows exactly",
					identical + (identical == 1 ? " row repeats" : " rows repeat")
					+ " an earlier row exactly, stored once: line " + String.join(", ", repeats)
					+ (identical > repeats.size() ? " and " + (identical - repeats.size()) + " more" : "")));
		}
		return all;
	}
}
