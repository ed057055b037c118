package uk.placewise.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A placement's weekly cost; placement type residential, ifa, supported or other. Not used by rules. */
public record Cost(String child, String urn, LocalDate start, LocalDate end, BigDecimal weeklyCost,
		String placementType, Source source) {

	public boolean inForceOn(LocalDate date) {
		return !start.isAfter(date) && (end == null || !end.isBefore(date));
	}
}
