package uk.placewise.ingest;

import java.util.List;

/**
 * One feed, as {@code jobs/feeds/<feed>.yml} defines it: the table it is stored in, its natural key,
 * the columns whose presence in a header row recognises it, and its canonical columns.
 *
 * @param recognition what else tells this feed's table apart from its neighbours
 * @param collectionYear how a row without a year is given its file's collection year, or null
 * @param personalHeaders headers of columns the feed does not store that are personal all the same
 *        (SSDA903's UPN, MC_DOB): blanked in rejects as the {@code personal} columns are
 * @param fingerprint the SHA-256 of the definition file: a file read with another definition is read again
 * @param datedList for a list "as at" a date ({@code dated-list}), the date columns whose latest value
 *        bounds the list's date when the file does not state it ({@link ListAsAt}); null for other feeds
 * @param dates the feed's date checks ({@code not-after: as-of} columns, {@code order} pairs): {@link DateChecks}
 */
record FeedDefinition(String feed, String table, List<String> key, List<String> recognise,
		List<ColumnDefinition> columns, String definedIn, Recognition recognition, YearRule collectionYear,
		List<String> personalHeaders, String fingerprint, List<String> datedList, DateChecks dates) {

	FeedDefinition(String feed, String table, List<String> key, List<String> recognise, List<ColumnDefinition> columns,
			String definedIn, Recognition recognition, YearRule collectionYear, List<String> personalHeaders,
			String fingerprint, List<String> datedList) {
		this(feed, table, key, recognise, columns, definedIn, recognition, collectionYear, personalHeaders, fingerprint,
				datedList, DateChecks.NONE);
	}

	FeedDefinition(String feed, String table, List<String> key, List<String> recognise, List<ColumnDefinition> columns,
			String definedIn, Recognition recognition, YearRule collectionYear, List<String> personalHeaders,
			String fingerprint) {
		this(feed, table, key, recognise, columns, definedIn, recognition, collectionYear, personalHeaders, fingerprint,
				null);
	}

	FeedDefinition(String feed, String table, List<String> key, List<String> recognise, List<ColumnDefinition> columns,
			String definedIn) {
		this(feed, table, key, recognise, columns, definedIn, new Recognition(List.of(), List.of(), List.of()), null,
				List.of(), "");
	}

	/**
	 * {@code collection-year: {column: return_year, unless: sdq_date}}: a row with neither column is given
	 * the {@link CollectionYear} of its file, so that two years' files without a year column keep both
	 * years' rows instead of overwriting each other.
	 */
	record YearRule(String column, String unless) {
	}

	/** True when a row of this feed can carry personal data (then its rejects are blanked where it is). */
	boolean hasPersonal() {
		return !personalHeaders.isEmpty() || columns.stream().anyMatch(ColumnDefinition::personal);
	}

	ColumnDefinition column(String name) {
		return columns.stream()
			.filter(c -> c.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(definedIn + ": no column '" + name + "'"));
	}
}
