package uk.placewise.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.placewise.facts.Enforcement;
import uk.placewise.facts.Grade;
import uk.placewise.facts.Inspection;
import uk.placewise.facts.Source;

/**
 * Inspections and enforcement for the assessed settings. Inspections come from every stored version
 * of the provider list row (latest and previous full inspection columns; older versions live in the
 * history table), from Ofsted's in-year table (one row per event) and from the council's inspection
 * events feed; the same event seen twice is kept once: the council's feed first, then the provider list (the
 * evidence then cites the list a reader knows), then Ofsted's in-year table.
 */
final class InspectionFacts {

	private final JdbcTemplate jdbc;

	InspectionFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Inspection> inspections(Set<String> urns, LocalDate asOf) {
		Map<String, Inspection> byEvent = new LinkedHashMap<>();
		jdbc.query("select urn, event_date, event_type, judgement, source_file, source_line from ofsted_inspection"
				+ " where event_date <= ?", rs -> {
					if (urns.contains(rs.getString(1))) {
						String type = rs.getString(3);
						boolean full = "Full inspection".equalsIgnoreCase(type);
						String judgement = rs.getString(4);
						add(byEvent, new Inspection(rs.getString(1), rs.getObject(2, LocalDate.class), type, full,
								full ? OfstedWording.grade(judgement) : null,
								full ? null : OfstedWording.interimOutcome(judgement), null, source(rs)));
					}
				}, asOf);
		String columns = "urn, provision_type, latest_event_type, latest_date, overall, sa_outcome, previous_event_type,"
				+ " previous_date, previous_overall, source_file, source_line";
		for (String table : List.of("ofsted_provider", "ofsted_provider_history")) {
			jdbc.query("select " + columns + " from " + table, rs -> {
				if (urns.contains(rs.getString(1))) {
					fromProviderList(rs, asOf).forEach(i -> add(byEvent, i));
				}
			});
		}
		jdbc.query("select urn, event_date, event_type, overall, sa_outcome, source_file, source_line from ofsted_event"
				+ " where event_date <= ?", rs -> {
					if (urns.contains(rs.getString(1))) {
						add(byEvent, ofstedEvent(rs));
					}
				}, asOf);
		List<Inspection> all = new ArrayList<>(byEvent.values());
		all.sort(Comparator.comparing(Inspection::urn).thenComparing(Inspection::date));
		return all;
	}

	List<Enforcement> enforcements(Set<String> urns, LocalDate asOf) {
		List<Enforcement> found = new ArrayList<>();
		jdbc.query("select urn, action, start_date, end_date, source_file, source_line from ofsted_enforcement"
				+ " where start_date <= ? order by urn, start_date", rs -> {
					if (urns.contains(rs.getString(1))) {
						found.add(new Enforcement(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
								rs.getObject(4, LocalDate.class), source(rs)));
					}
				}, asOf);
		return found;
	}

	/**
	 * A row of Ofsted's in-year table: a full inspection's judgement (or supported accommodation
	 * outcome, scored as Good / RI / Inadequate), or an interim inspection's outcome.
	 */
	private static Inspection ofstedEvent(ResultSet rs) throws SQLException {
		String type = rs.getString(3);
		boolean full = OfstedWording.fullInspection(type);
		Grade grade = full ? OfstedWording.grade(rs.getString(4)) : null;
		String mappedFrom = null;
		if (full && grade == null && OfstedWording.supportedAccommodationGrade(rs.getString(5)) != null) {
			grade = OfstedWording.supportedAccommodationGrade(rs.getString(5));
			mappedFrom = rs.getString(5);
		}
		return new Inspection(rs.getString(1), rs.getObject(2, LocalDate.class), OfstedWording.eventType(type), full,
				grade, full ? null : OfstedWording.interimOutcome(rs.getString(4)), mappedFrom, source(rs));
	}

	private static List<Inspection> fromProviderList(ResultSet rs, LocalDate asOf) throws SQLException {
		List<Inspection> found = new ArrayList<>();
		Source source = source(rs);
		LocalDate latest = rs.getObject(4, LocalDate.class);
		if (latest != null && !latest.isAfter(asOf)) {
			// 2015's "Inspection type" and 2016-2021's "Event type" may name an interim inspection: its
			// judgement column then holds the interim outcome, never a full inspection's judgement
			boolean full = OfstedWording.fullInspection(rs.getString(3));
			Grade grade = full ? OfstedWording.grade(rs.getString(5)) : null;
			String mappedFrom = null;
			if (full && grade == null && OfstedWording.supportedAccommodationGrade(rs.getString(6)) != null) {
				grade = OfstedWording.supportedAccommodationGrade(rs.getString(6));
				mappedFrom = rs.getString(6);
			}
			found.add(new Inspection(rs.getString(1), latest, OfstedWording.eventType(rs.getString(3)), full, grade,
					full ? null : OfstedWording.interimOutcome(rs.getString(5)), mappedFrom, source));
		}
		LocalDate previous = rs.getObject(8, LocalDate.class);
		if (previous != null && !previous.isAfter(asOf)) {
			boolean full = OfstedWording.fullInspection(rs.getString(7));
			found.add(new Inspection(rs.getString(1), previous, OfstedWording.eventType(rs.getString(7)), full,
					full ? OfstedWording.grade(rs.getString(9)) : null,
					full ? null : OfstedWording.interimOutcome(rs.getString(9)), null, source));
		}
		return found;
	}

	private static void add(Map<String, Inspection> byEvent, Inspection i) {
		byEvent.putIfAbsent(i.urn() + "|" + i.date() + "|" + i.full(), i);
	}

	private static Source source(ResultSet rs) throws SQLException {
		int n = rs.getMetaData().getColumnCount();
		return new Source(rs.getString(n - 1), rs.getLong(n));
	}
}
