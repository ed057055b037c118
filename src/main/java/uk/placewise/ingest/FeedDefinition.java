package uk.placewise.ingest;

import java.util.List;

/**
 * One feed, as {@code jobs/feeds/<feed>.yml} defines it: the table it is stored in, its natural key,
 * the columns whose presence in a header row recognises it, and its canonical columns.
 *
 * @param recognition what else tells this feed's table apart from its neighbours
 */
record FeedDefinition(String feed, String table, List<String> key, List<String> recognise,
		List<ColumnDefinition> columns, String definedIn, Recognition recognition) {

	ColumnDefinition column(String name) {
		return columns.stream()
			.filter(c -> c.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(definedIn + ": no column '" + name + "'"));
	}
}
