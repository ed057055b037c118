package uk.placewise.report.pdf;

import java.util.List;

/**
 * A row of "the 10 riskiest settings".
 * @param topReasons the reasons with the most points, highest first
 */
public record RiskySetting(String urn, String settingName, String provider, Band band, int score,
		List<Reason> topReasons) {

	public RiskySetting {
		topReasons = (topReasons == null) ? List.of() : List.copyOf(topReasons);
	}

}
