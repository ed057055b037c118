package uk.placewise.ingest;

import java.util.List;

/**
 * One feed, as {@code jobs/feeds/<feed>.yml} defines it: the table it is stored in, its natural key,
 * the columns whose presence in a header row recognises it, and its canonical columns.
 *
 * @param personalHeaders headers of columns the feed does not store that are personal all the same
 *        (SSDA903's UPN, MC_DOB): blanked in rejects as the {@code personal} columns are
 * @param fingerprint the SHA-256 of the definition file: a file read with another definition is read again
 */
record FeedDefinition(String feed, String table, List<String> key, List<String> recognise,
		List<ColumnDefinition> columns, String definedIn, List<String> personalHeaders, String fingerprint) {

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
