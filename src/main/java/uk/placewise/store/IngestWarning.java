package uk.placewise.store;

/**
 * Something ingest took from a file but the operator must hear about.
 *
 * @param kind {@link #SCORING_COLUMN}, {@link #DUPLICATE_KEY}, {@link #DUPLICATE_ROW} or {@link #MISSING_COLUMN}
 * @param brief a few words for the one-line summary ({@code no DEC column}, {@code line 6 has line 2's key})
 * @param message the whole sentence, naming the column or the lines, for run-summary.json
 */
public record IngestWarning(String fileName, String kind, String brief, String message) {

	/** A recognised file lacks a column that scoring uses: read, but the rules see no value. */
	public static final String SCORING_COLUMN = "scoring-column";

	/** Two rows of one file with the same natural key and different values: one of them was kept. */
	public static final String DUPLICATE_KEY = "duplicate-key";

	/** A header naming one column twice: the first is read, the other ignored. */
	public static final String DUPLICATE_COLUMN = "duplicate-column";

	/** Rows given a collection year (from the file's name) that ends after the as-of date. */
	public static final String YEAR_AFTER_AS_OF = "year-after-as-of";

	/** Rows of one file that repeat an earlier row exactly: stored once. */
	public static final String DUPLICATE_ROW = "duplicate-row";

	/** The file ends inside a quoted cell: rows after the line it opened may be inside it, not read. */
	public static final String TRUNCATED = "truncated";

	/** A file of the rules folder that is not compiled (a .dslr, a hidden file, a backup, a second sheet). */
	public static final String RULES_NOT_COMPILED = "rules-not-compiled";

	/** Rows with a date after the run's as-of date in a {@code not-after: as-of} column: stored, not used yet. */
	public static final String AFTER_AS_OF = "after-as-of";

	/** Most of a file's rows were rejected (more than half, and more than ten): the file, not the rows, is wrong. */
	public static final String MOSTLY_REJECTED = "mostly-rejected";

	/** A dated list older than the one the store's rows came from (or one that states no date). */
	public static final String OLDER_LIST = "older-list";

	/** A dated list whose stated date is after the run's as-of date: not believed, dated by its rows. */
	public static final String LIST_AFTER_AS_OF = "list-after-as-of";

	/**
	 * Whether what was said depends on the as-of date of the run that read the file, so that a later
	 * night must work it out again rather than repeat it: rows, a collection year or a list dated after
	 * that night's as-of date.
	 */
	public boolean dependsOnAsOf() {
		return AFTER_AS_OF.equals(kind) || YEAR_AFTER_AS_OF.equals(kind) || LIST_AFTER_AS_OF.equals(kind);
	}

	/** Whether the rows were dated (a collection year, a list's as-at) against the as-of date of that run. */
	public boolean datesRowsByAsOf() {
		return YEAR_AFTER_AS_OF.equals(kind) || LIST_AFTER_AS_OF.equals(kind);
	}

	/**
	 * Not a warning but why a file was refused, for the one-line summary ({@code no DEC column}): the
	 * file's status is {@code refused}.
	 */
	public static final String MISSING_COLUMN = "missing-column";

	/** The same warning about a file of the same content under another name. */
	public IngestWarning about(String otherFile) {
		return new IngestWarning(otherFile, kind, brief, message);
	}

	/** True for what the night's verdict counts as a warning. */
	public boolean warning() {
		return !MISSING_COLUMN.equals(kind);
	}

	public IngestWarning {
		brief = brief.length() > 200 ? brief.substring(0, 197) + "..." : brief;
		message = message.length() > 2000 ? message.substring(0, 1997) + "..." : message;
	}
}
