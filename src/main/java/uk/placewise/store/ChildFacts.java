package uk.placewise.store;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.placewise.facts.Child;
import uk.placewise.facts.MissingEpisode;
import uk.placewise.facts.SdqScore;
import uk.placewise.facts.Source;
import uk.placewise.store.Episodes.Episode;

/**
 * Children (age on the as-of date; the date of birth stays here), their missing episodes attributed
 * to the setting of the episode open on MIS_START, and their SDQ scores dated as risk-model.md 5 says.
 */
final class ChildFacts {

	private final JdbcTemplate jdbc;

	ChildFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Children with a Header row; a child without one has no age, so no Child fact. */
	List<Child> children(Set<String> ids, LocalDate asOf) {
		List<Child> found = new ArrayList<>();
		jdbc.query("select child, dob, source_file, source_line from ssda903_header order by child", rs -> {
			LocalDate dob = rs.getObject(2, LocalDate.class);
			if (ids.contains(rs.getString(1)) && !dob.isAfter(asOf)) {
				found.add(new Child(rs.getString(1), Period.between(dob, asOf).getYears(),
						new Source(rs.getString(3), rs.getLong(4))));
			}
		});
		return found;
	}

	List<MissingEpisode> missing(Set<String> ids, Episodes episodes, LocalDate asOf) {
		Map<String, LocalDate> offered = new HashMap<>();
		Map<String, Boolean> recorded = new HashMap<>();
		jdbc.query("select child, mis_start, offered_date from return_interview", rs -> {
			String key = rs.getString(1) + "|" + rs.getObject(2, LocalDate.class);
			recorded.put(key, true);
			LocalDate date = rs.getObject(3, LocalDate.class);
			if (date != null && !date.isAfter(asOf)) {
				offered.put(key, date);
			}
		});
		List<MissingEpisode> found = new ArrayList<>();
		jdbc.query("""
				select child, missing, mis_start, mis_end, source_file, source_line from ssda903_missing
				where mis_start <= ? order by child, mis_start""", rs -> {
			String child = rs.getString(1);
			if (!ids.contains(child)) {
				return;
			}
			LocalDate start = rs.getObject(3, LocalDate.class);
			LocalDate end = rs.getObject(4, LocalDate.class);
			Episode placed = episodes.openOn(child, start);
			String key = child + "|" + start;
			found.add(new MissingEpisode(child, placed == null ? null : placed.urn(), rs.getString(2), start,
					end == null || end.isAfter(asOf) ? null : end, recorded.containsKey(key), offered.get(key),
					new Source(rs.getString(5), rs.getLong(6))));
		}, asOf);
		return found;
	}

	/**
	 * Scores dated 31 March of YEAR, else SDQ_DATE, else the as-of date of the run that stored the row;
	 * blank scores are no scores; scores dated after the as-of date are left out.
	 */
	List<SdqScore> sdqScores(Set<String> ids, LocalDate asOf) {
		List<SdqScore> found = new ArrayList<>();
		jdbc.query("""
				select child, sdq_score, return_year, sdq_date, stored_as_of, source_file, source_line from ssda903_oc2
				where sdq_score is not null order by child""", rs -> {
			if (!ids.contains(rs.getString(1))) {
				return;
			}
			Integer year = rs.getObject(3, Integer.class);
			LocalDate sdqDate = rs.getObject(4, LocalDate.class);
			LocalDate date = year != null ? LocalDate.of(year, 3, 31)
					: sdqDate != null ? sdqDate : rs.getObject(5, LocalDate.class);
			if (!date.isAfter(asOf)) {
				found.add(new SdqScore(rs.getString(1), date, rs.getInt(2), new Source(rs.getString(6), rs.getLong(7))));
			}
		});
		found.sort(java.util.Comparator.comparing(SdqScore::child).thenComparing(SdqScore::date));
		return found;
	}
}
