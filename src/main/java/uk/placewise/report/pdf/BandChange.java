package uk.placewise.report.pdf;

/**
 * A setting whose band changed since last month.
 * @param from last month's band, or null when the setting was not assessed last month
 * @param to this month's band
 */
public record BandChange(String urn, String settingName, String provider, Band from, Band to, int score) {

	/** True when the setting moved to a more serious band (or is new at High or Critical). */
	public boolean worse() {
		return (this.from == null) ? this.to.compareTo(Band.HIGH) <= 0 : this.to.compareTo(this.from) < 0;
	}

}
