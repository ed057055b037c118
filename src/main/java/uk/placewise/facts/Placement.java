package uk.placewise.facts;

import java.time.LocalDate;

/**
 * One SSDA903 episode. {@code urn} is null for no Ofsted URN (empty or XXXXXXX in the return).
 *
 * @param current true when DECOM <= as-of and (DEC empty or DEC > as-of)
 * @param distanceMiles straight-line miles HOME_POST to PL_POST, or null when unknown
 * @param placedSince when the placement this episode belongs to began: its DECOM, or earlier when the
 * episode only records a change of legal status (RNE L) and continues the same placement
 */
public record Placement(String child, LocalDate decom, LocalDate dec, String rne, String place,
		String placeProvider, String urn, Double distanceMiles, boolean current, Source source,
		LocalDate placedSince) {

	/** An episode that starts its own placement. */
	public Placement(String child, LocalDate decom, LocalDate dec, String rne, String place, String placeProvider,
			String urn, Double distanceMiles, boolean current, Source source) {
		this(child, decom, dec, rne, place, placeProvider, urn, distanceMiles, current, source, decom);
	}

	/** PR4 private or PR5 voluntary: an external placement. */
	public boolean external() {
		return "PR4".equals(placeProvider) || "PR5".equals(placeProvider);
	}
}
