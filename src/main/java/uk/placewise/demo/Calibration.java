package uk.placewise.demo;

/**
 * Rates the synthetic children follow, set to published national figures so that a demo dashboard looks like
 * a real council's. Sources (figures rounded, "approx." where quoted from memory of the publication rather than
 * measured from a file here):
 * <ul>
 * <li>[CLA] DfE, "Children looked after in England including adoptions", reporting year 2024 (year ending 31
 * March 2024) and 2023;</li>
 * <li>[FOS] Ofsted, "Fostering in England" official statistics, 2023-24;</li>
 * <li>[CMA] Competition and Markets Authority, "Children's social care market study", final report, March
 * 2022;</li>
 * <li>[ASSUMED] no national statistic exists; a stated assumption, easy to change here.</li>
 * </ul>
 */
final class Calibration {

	// ---- who is looked after ---------------------------------------------------------------------------------

	/** [CLA] approx. 56% of children looked after are boys. */
	static final double MALE_SHARE = 0.56;

	/** [CLA] approx. ages on 31 March: under 1, 1-4, 5-9, 10-15, 16-17 (5%, 13%, 17%, 38%, 27%). */
	static final double[] AGE_BAND_SHARES = { 0.05, 0.13, 0.17, 0.38, 0.27 };

	static final int[][] AGE_BANDS = { { 0, 0 }, { 1, 4 }, { 5, 9 }, { 10, 15 }, { 16, 17 } };

	/** [CLA] approx. 31,370 children ceased to be looked after in 2023-24 against 83,630 looked after: 37%. */
	static final double LEAVERS_PER_YEAR_SHARE = 0.37;

	/** Leavers kept in the extract: a case management system export covers the last three collection years. */
	static final int LEAVER_YEARS = 3;

	/** [CLA] approx. mean time in care of children looked after, used as the mean of an exponential: 2.5 years. */
	static final double MEAN_YEARS_IN_CARE = 2.5;

	// ---- where they live (placement type on 31 March) ---------------------------------------------------------

	/**
	 * [CLA] approx. 68% in foster placements (about a fifth of those with relatives or friends); [FOS] approx. a
	 * third of fostered children are with independent fostering agency carers; [CLA] approx. 17% in secure units,
	 * children's homes and semi-independent/supported accommodation; 6% placed with parents; 2% placed for
	 * adoption; the rest independent living, residential schools and other. Shares of the placement kinds in
	 * {@link PlacementKind} order.
	 */
	static final double[] PLACEMENT_SHARES = { 0.33, 0.13, 0.22, 0.115, 0.003, 0.05, 0.01, 0.06, 0.02, 0.012 };

	/**
	 * [CLA] approx. 16% of children looked after are placed more than 20 miles from home; homes and supported
	 * accommodation are far more often distant than foster homes. Probability that a placement is in another
	 * area, per {@link PlacementKind}, chosen so the overall share comes out near 16%.
	 */
	static final double[] DISTANT_SHARES = { 0.10, 0.08, 0.17, 0.60, 0.80, 0.40, 0.60, 0.0, 0.10, 0.15 };

	/** [CLA] approx. 10% of children looked after had 3 or more placements during the year (also domain.md). */
	static final double THREE_PLUS_PLACEMENTS_SHARE = 0.10;

	/** Mean placement length in days for settled and for unsettled children (tuned to the 10% above). */
	static final double SETTLED_PLACEMENT_DAYS = 900;

	static final double UNSETTLED_PLACEMENT_DAYS = 110;

	/** Share of children whose placements break down often (tuned so 3+ placements in a year is about 10%). */
	static final double UNSETTLED_SHARE = 0.09;

	// ---- missing --------------------------------------------------------------------------------------------

	/**
	 * [CLA] approx. 11% of children looked after during 2023-24 had a missing incident, with about 6.5 incidents
	 * each on average. Going missing is concentrated among 11-17 year olds and children in residential care.
	 */
	static final double MISSING_CHILD_SHARE = 0.11;

	static final double EPISODES_PER_MISSING_CHILD = 6.5;

	/** [CLA] approx. away without authorisation incidents are about a sixth of all incidents. */
	static final double AWAY_SHARE = 0.16;

	/** [ASSUMED] return home interviews offered within 72 hours: approx. 75% (no national figure is published). */
	static final double RHI_OFFERED_IN_72H = 0.75;

	static final double RHI_COMPLETED = 0.65;

	// ---- SDQ ------------------------------------------------------------------------------------------------

	/**
	 * [CLA] approx. average SDQ total difficulties score 14 for children aged 5-16 in care for 12 months or more,
	 * with about 37% at 17+ (a cause for concern); approx. 77% of eligible children have a score. A normal with
	 * mean 14 and sd 6.8 puts about 36% at 17+.
	 */
	static final double SDQ_MEAN = 14.0;

	static final double SDQ_SD = 7.5;

	static final double SDQ_YEAR_NOISE_SD = 2.5;

	static final double SDQ_COMPLETION = 0.77;

	// ---- settings' local records ----------------------------------------------------------------------------

	/**
	 * [ASSUMED] Reg 44 opinions: there is no national statistic; independent visitors say children are
	 * effectively safeguarded in the great majority of reports. Shares of Yes / No / Not stated.
	 */
	static final double[] REG44_SAFEGUARDED = { 0.955, 0.015, 0.03 };

	static final double[] REG44_WELLBEING = { 0.94, 0.03, 0.03 };

	/** [ASSUMED] approx. 3% of months without a Reg 44 report on file; mean 1.2 recommendations outstanding. */
	static final double REG44_MISSING_MONTH = 0.03;

	static final double REG44_MEAN_RECOMMENDATIONS = 1.2;

	/** [ASSUMED] share of settings in use that the QA team has never visited; safeguarding concerns a year. */
	static final double QA_NEVER_VISITED = 0.08;

	static final double CONCERNS_PER_SETTING_YEAR = 0.5;

	/** [ASSUMED] latest viability rating Green / Amber / Red. */
	static final double[] VIABILITY = { 0.86, 0.11, 0.03 };

	/**
	 * [CMA] approx. average weekly prices: children's home about £4,000+ in 2020-21 and rising (we use a 2025
	 * mean of £5,500), independent fostering about £820 (we use £950); supported accommodation approx. £2,000
	 * [ASSUMED].
	 */
	static final int[] WEEKLY_COST_MEAN = { 5500, 950, 2000, 700 };

	private Calibration() {
	}

}
