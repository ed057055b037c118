package uk.placewise.ingest;

import java.util.List;
import java.util.Map;

/**
 * What, beyond its {@code recognise} columns, tells a feed's table apart from the other tables a
 * publisher puts beside it (Ofsted's workbook holds several tables with the same URN, provision type
 * and registration status columns).
 *
 * @param anyOf canonical columns of which the header must hold at least one ({@code recognise-any}),
 * e.g. a provider list must carry an inspection column
 * @param unless header texts that mark another table ({@code unless}): a header holding one of them
 * is never this feed
 * @param prefixes header prefixes a publisher puts before a column's name ({@code header-prefixes}),
 * e.g. {@code Latest full inspection}: "Latest full inspection overall effectiveness" is then also
 * the column named "Overall effectiveness", when no column is named by the whole header
 */
record Recognition(List<String> anyOf, List<String> unless, List<String> prefixes) {

	static Recognition of(Map<String, Object> yaml) {
		return new Recognition(strings(yaml.get("recognise-any")), strings(yaml.get("unless")),
				strings(yaml.get("header-prefixes")));
	}

	private static List<String> strings(Object v) {
		if (v == null) {
			return List.of();
		}
		if (v instanceof List<?> l) {
			return l.stream().map(String::valueOf).toList();
		}
		throw new IllegalArgumentException("expected a list, found " + v);
	}
}
