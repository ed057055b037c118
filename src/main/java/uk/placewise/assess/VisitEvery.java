package uk.placewise.assess;

/** From the visit frequency decision table: visit the setting at least every so many months. */
public record VisitEvery(String urn, int months, String rule) {
}
