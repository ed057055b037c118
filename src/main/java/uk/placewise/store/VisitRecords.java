package uk.placewise.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a visit briefing needs beside the rules' facts (issue 18): who made a setting's last QA visit,
 * and which return interviews were completed. Neither is handed to the rules, so neither is in the
 * fact model. Only what is dated on or before the as-of date.
 */
@Component
public class VisitRecords {

	/** A return interview record of a missing episode (child and the episode's start). */
	public record ReturnInterview(String child, LocalDate missingStart, LocalDate offered, LocalDate completed) {
	}

	private final JdbcTemplate jdbc;

	VisitRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The officer named by each setting's latest QA visit on or before {@code asOf}, when it names one. */
	@Transactional(readOnly = true)
	public Map<String, String> lastOfficers(LocalDate asOf) {
		Map<String, String> officers = new HashMap<>();
		jdbc.query("""
				select urn, officer from qa_visit where visit_date <= ? order by urn, visit_date, nk""", rs -> {
			String officer = rs.getString(2);
			officers.put(rs.getString(1), officer == null ? "" : officer.strip());
		}, java.sql.Date.valueOf(asOf));
		officers.values().removeIf(String::isEmpty);
		return officers;
	}

	/** Every return interview record, its dates after {@code asOf} left out (not yet known that night). */
	@Transactional(readOnly = true)
	public List<ReturnInterview> returnInterviews(LocalDate asOf) {
		return jdbc.query("select child, mis_start, offered_date, completed_date from return_interview order by nk",
				(rs, n) -> new ReturnInterview(rs.getString(1), rs.getObject(2, LocalDate.class),
						known(rs.getObject(3, LocalDate.class), asOf), known(rs.getObject(4, LocalDate.class), asOf)));
	}

	private static LocalDate known(LocalDate date, LocalDate asOf) {
		return date == null || date.isAfter(asOf) ? null : date;
	}
}
