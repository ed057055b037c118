package uk.placewise.facts;

/**
 * A child looked after, named only by the council's child ID. Java works out the age on the as-of
 * date from the SSDA903 Header DOB; the date of birth itself never reaches the rules or any output.
 */
public record Child(String child, int ageYears, Source source) {
}
