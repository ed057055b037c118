package uk.placewise.facts;

import java.time.LocalDate;

/**
 * An Ofsted inspection event, from the provider list (latest and previous full inspections) or the
 * council's inspection events feed.
 *
 * @param full true for a full inspection (the only kind that sets the overall judgement)
 * @param grade the overall judgement of a full inspection, or null
 * @param interimOutcome for interim inspections: "Improved effectiveness", "Sustained effectiveness"
 * or "Declined in effectiveness"; otherwise null
 * @param mappedFrom the original wording when the grade was mapped (supported accommodation
 * outcomes), otherwise null
 */
public record Inspection(String urn, LocalDate date, String eventType, boolean full, Grade grade,
		String interimOutcome, String mappedFrom, Source source) {
}
