package uk.placewise.demo;

/**
 * One deliberately planted scenario: which setting (URN) or child (SSDA903 CHILD id) should trigger which risk
 * factor, band or panel flag on the generator's as-of date. Codes are exactly as in risk-model.md, bands as
 * {@code Critical}, {@code High}, {@code Medium}, {@code Low}.
 *
 * @param kind factor, band or flag
 * @param code e.g. {@code OFS-DECLINED}, {@code High}, {@code REPEAT_MISSING}
 * @param urn the setting's URN; for a flag, the child's current setting (empty when it has no Ofsted URN)
 * @param child the child id for a flag, empty for factors and bands
 * @param why one line saying how the data makes it fire
 */
public record PlantedCase(Kind kind, String code, String urn, String child, String why) {

	/** What a planted case is expected to produce. */
	public enum Kind {

		/** A setting risk factor (risk-model.md section 1). */
		FACTOR,

		/** A setting band (section 2). */
		BAND,

		/** A placement flag for the complex needs panel (section 4). */
		FLAG

	}

}
