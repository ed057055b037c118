package uk.placewise.assess;

import java.time.LocalDate;

import uk.placewise.facts.Source;

/** A panel flag on one child's current placement, with its evidence. Severity: urgent or review. */
public record Flag(String child, String urn, String code, String severity, String fact, LocalDate date,
		Source source) {

	public Flag {
		Evidence.bounded("flag " + code, fact);
	}

}
