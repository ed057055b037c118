package uk.placewise.facts;

import java.time.LocalDate;

/** An Ofsted enforcement action; in force when start <= as-of and (end empty or end >= as-of). */
public record Enforcement(String urn, String action, LocalDate start, LocalDate end, Source source) {
}
