package uk.placewise.facts;

import java.time.LocalDate;

/**
 * One SSDA903 episode. {@code urn} is null for no Ofsted URN (empty or XXXXXXX in the return).
 *
 * @param current true when DECOM <= as-of and (DEC empty or DEC > as-of)
 * @param distanceMiles straight-line miles HOME_POST to PL_POST, or null when unknown
 */
public record Placement(String child, LocalDate decom, LocalDate dec, String rne, String place,
		String placeProvider, String urn, Double distanceMiles, boolean current, Source source) {

	/** PR4 private or PR5 voluntary: an external placement. */
	public boolean external() {
		return "PR4".equals(placeProvider) || "PR5".equals(placeProvider);
	}
}
