package uk.placewise.assess;

/**
 * From the visit frequency decision table: when a setting has never been visited, the first visit
 * is due within this many working days or months of the earliest placement there.
 *
 * @param unit "working days" or "months"
 */
public record FirstVisitWithin(String urn, int amount, String unit, String rule) {

	public static final String WORKING_DAYS = "working days";

	public static final String MONTHS = "months";
}
