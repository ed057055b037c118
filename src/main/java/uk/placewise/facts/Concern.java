package uk.placewise.facts;

import java.time.LocalDate;

/** A concern raised about a setting; category is safeguarding, allegation, complaint or other. */
public record Concern(String concernId, String urn, LocalDate raised, String category, String status,
		LocalDate closed, Source source) {
}
