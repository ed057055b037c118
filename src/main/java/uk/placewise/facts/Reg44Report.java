package uk.placewise.facts;

import java.time.LocalDate;

/**
 * A Regulation 44 independent visitor's monthly report.
 *
 * @param childrenSafeguarded the visitor's opinion: true, false, or null when not stated
 * @param wellbeingPromoted the visitor's opinion: true, false, or null when not stated
 */
public record Reg44Report(String urn, LocalDate visitDate, LocalDate received, Boolean childrenSafeguarded,
		Boolean wellbeingPromoted, int recommendationsOutstanding, Source source) {
}
