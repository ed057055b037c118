package uk.placewise.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One canonical column of a feed: its stored name, the header it is known by (and its aliases), its
 * type and what a value must satisfy.
 *
 * @param name the canonical name, also the database column
 * @param header the header as the feed's documentation spells it; used in reject reasons
 * @param values for {@code code} columns, the allowed values (matched ignoring case, stored as written here)
 * @param valueAliases other spellings of allowed values, e.g. "Requires improvement" for the full wording
 * @param upper store text upper-cased with single spaces (URNs, postcodes)
 * @param columnRequired the header must have this column, though its cells may be blank: a file without
 *        it is refused, because reading it would mean something false (no DEC column: every placement open)
 * @param scoring what the rules lose when a file lacks this column (read anyway, with a warning saying
 *        so), or null when scoring does not use it
 * @param personal the value identifies or describes a person (a date of birth, a name): it never
 *        appears in a reject, a reason, a log or a message, only as {@code [removed]}
 */
record ColumnDefinition(String name, String header, List<String> aliases, ColumnType type, boolean required,
		BigDecimal min, BigDecimal max, List<String> values, Map<String, String> valueAliases, Pattern pattern,
		boolean upper, boolean columnRequired, String scoring, boolean personal) {

	ColumnDefinition(String name, String header, List<String> aliases, ColumnType type, boolean required,
			BigDecimal min, BigDecimal max, List<String> values, Map<String, String> valueAliases, Pattern pattern,
			boolean upper) {
		this(name, header, aliases, type, required, min, max, values, valueAliases, pattern, upper, false, null, false);
	}

	/** True when a file without this column cannot be read as the feed: it is refused. */
	boolean neededInHeader() {
		return required || columnRequired;
	}

	/** Every header text that names this column, the canonical one first. */
	List<String> headers() {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(header), aliases.stream()).toList();
	}
}
