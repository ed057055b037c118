package uk.placewise.report.pdf;

/**
 * A row of "missing: top 5 settings by rate" for the month.
 * @param episodes missing episodes starting this month at the setting
 * @param children distinct children placed there during the month
 * @param rate episodes per child placed
 */
public record MissingRate(String urn, String settingName, String provider, int episodes, int children,
		double rate) {
}
