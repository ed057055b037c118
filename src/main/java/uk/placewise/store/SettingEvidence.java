package uk.placewise.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.placewise.facts.Concern;
import uk.placewise.facts.QaVisit;
import uk.placewise.facts.Reg44Report;
import uk.placewise.facts.Reg45Review;
import uk.placewise.facts.Source;
import uk.placewise.facts.ViabilityCheck;

/** The council's own evidence about the assessed settings, dated on or before the as-of date. */
final class SettingEvidence {

	private final JdbcTemplate jdbc;

	SettingEvidence(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Reg44Report> reg44(Set<String> urns, LocalDate asOf) {
		List<Reg44Report> found = new ArrayList<>();
		jdbc.query("""
				select urn, visit_date, report_received, children_safeguarded, wellbeing_promoted,
				       recommendations_outstanding, source_file, source_line
				from reg44_report where visit_date <= ? order by urn, visit_date""", rs -> {
			if (urns.contains(rs.getString(1))) {
				LocalDate received = rs.getObject(3, LocalDate.class);
				Integer open = rs.getObject(6, Integer.class);
				found.add(new Reg44Report(rs.getString(1), rs.getObject(2, LocalDate.class),
						received == null || received.isAfter(asOf) ? null : received, rs.getObject(4, Boolean.class),
						rs.getObject(5, Boolean.class), open == null ? 0 : open, source(rs, 7)));
			}
		}, asOf);
		return found;
	}

	List<Reg45Review> reg45(Set<String> urns, LocalDate asOf) {
		List<Reg45Review> found = new ArrayList<>();
		jdbc.query("select urn, review_date, source_file, source_line from reg45_review where review_date <= ?"
				+ " order by urn, review_date", rs -> {
					if (urns.contains(rs.getString(1))) {
						found.add(new Reg45Review(rs.getString(1), rs.getObject(2, LocalDate.class), source(rs, 3)));
					}
				}, asOf);
		return found;
	}

	List<QaVisit> qaVisits(Set<String> urns, LocalDate asOf) {
		List<QaVisit> found = new ArrayList<>();
		jdbc.query("select urn, visit_date, visit_type, outcome, source_file, source_line from qa_visit"
				+ " where visit_date <= ? order by urn, visit_date", rs -> {
					if (urns.contains(rs.getString(1))) {
						found.add(new QaVisit(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
								OfstedWording.grade(rs.getString(4)), source(rs, 5)));
					}
				}, asOf);
		return found;
	}

	/** Concerns raised on or before the as-of date; a closure after it is not yet known. */
	List<Concern> concerns(Set<String> urns, LocalDate asOf) {
		List<Concern> found = new ArrayList<>();
		jdbc.query("select concern_id, urn, raised_date, category, status, closed_date, source_file, source_line"
				+ " from concern where raised_date <= ? order by urn, raised_date", rs -> {
					if (urns.contains(rs.getString(2))) {
						LocalDate closed = rs.getObject(6, LocalDate.class);
						found.add(new Concern(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
								rs.getString(4), rs.getString(5), closed == null || closed.isAfter(asOf) ? null : closed,
								source(rs, 7)));
					}
				}, asOf);
		return found;
	}

	List<ViabilityCheck> viability(Set<String> providerKeys, LocalDate asOf) {
		List<ViabilityCheck> found = new ArrayList<>();
		jdbc.query("select provider, check_date, rating, source_file, source_line from viability_check"
				+ " where check_date <= ? order by provider, check_date", rs -> {
					String key = rs.getString(1).trim().toLowerCase(Locale.ROOT);
					if (providerKeys.contains(key)) {
						found.add(new ViabilityCheck(key, rs.getString(1).trim(), rs.getObject(2, LocalDate.class),
								rs.getString(3), source(rs, 4)));
					}
				}, asOf);
		return found;
	}

	private static Source source(ResultSet rs, int at) throws SQLException {
		return new Source(rs.getString(at), rs.getLong(at + 1));
	}
}
