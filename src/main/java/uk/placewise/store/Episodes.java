package uk.placewise.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.placewise.facts.Source;

/** The SSDA903 episodes that began on or before the as-of date, by child, in date order. */
final class Episodes {

	/** URN values that mean "no Ofsted URN" in the return. */
	static boolean noUrn(String urn) {
		return urn == null || urn.isBlank() || urn.trim().equalsIgnoreCase("XXXXXXX");
	}

	record Episode(String child, LocalDate decom, LocalDate dec, String rne, String place, String placeProvider,
			String urn, String homePost, String plPost, Source source) {

		/** Open on a day: DECOM <= day and (DEC empty or DEC > day). */
		boolean openOn(LocalDate day) {
			return !decom.isAfter(day) && (dec == null || dec.isAfter(day));
		}
	}

	private final Map<String, List<Episode>> byChild = new HashMap<>();

	Episodes(JdbcTemplate jdbc, LocalDate asOf) {
		jdbc.query("""
				select child, decom, dec, rne, place, place_provider, urn, home_post, pl_post, source_file, source_line
				from ssda903_episode where decom <= ?""", rs -> {
			String urn = rs.getString(7);
			Episode e = new Episode(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5), rs.getString(6),
					noUrn(urn) ? null : urn.trim().toUpperCase(Locale.ROOT), rs.getString(8), rs.getString(9),
					new Source(rs.getString(10), rs.getLong(11)));
			byChild.computeIfAbsent(e.child(), c -> new ArrayList<>()).add(e);
		}, asOf);
		byChild.values().forEach(list -> list.sort(Comparator.comparing(Episode::decom)));
	}

	Map<String, List<Episode>> byChild() {
		return byChild;
	}

	/** The episode open on a day for a child, or null. */
	Episode openOn(String child, LocalDate day) {
		Episode open = null;
		for (Episode e : byChild.getOrDefault(child, List.of())) {
			if (e.openOn(day)) {
				open = e;
			}
		}
		return open;
	}
}
