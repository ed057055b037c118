package uk.placewise.ingest;

import java.util.List;

/**
 * One feed, as {@code jobs/feeds/<feed>.yml} defines it: the table it is stored in, its natural key,
 * the columns whose presence in a header row recognises it, and its canonical columns.
 *
 * @param recognition what else tells this feed's table apart from its neighbours
 */
record FeedDefinition(String feed, String table, List<String> key, List<String> recognise,
		List<ColumnDefinition> columns, String definedIn, Recognition recognition, YearRule collectionYear) {

	FeedDefinition(String feed, String table, List<String> key, List<String> recognise, List<ColumnDefinition> columns,
			String definedIn) {
		this(feed, table, key, recognise, columns, definedIn, new Recognition(List.of(), List.of(), List.of()), null);
	}

	/**
	 * {@code collection-year: {column: return_year, unless: sdq_date}}: a row with neither column is given
	 * the {@link CollectionYear} of its file, so that two years' files without a year column keep both
	 * years' rows instead of overwriting each other.
	 */
	record YearRule(String column, String unless) {
	}

	ColumnDefinition column(String name) {
		return columns.stream()
			.filter(c -> c.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(definedIn + ": no column '" + name + "'"));
	}
}
