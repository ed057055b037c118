package uk.placewise.demo;

import java.util.List;

/**
 * The mix of the real Ofsted provider list, measured, not guessed: counts from Ofsted, "Children's social care
 * data in England 2025 - Provider level as at 31 March 2025" (5,600 rows; Open Government Licence v3.0),
 * measured with {@code scripts/measure_ofsted_mix.py}. The demo list draws each synthetic row's provision type,
 * sector, registration status, judgement and places from these counts, so its shares match the real file.
 */
final class OfstedMix {

	/** Order of the sector counts below. */
	static final String[] SECTORS = { "Private", "Local Authority", "Voluntary", "Academy", "Health Authority" };

	/** Order of the judgement counts below; the last is "never judged" (empty cell). */
	static final String[] JUDGEMENTS = { "Outstanding", "Good", "Requires improvement to be good", "Inadequate", "" };

	/** Supported accommodation outcomes, mapped to Good / RI / Inadequate for scoring (feeds.md). */
	static final String[] SA_OUTCOMES = { "Consistently strong service delivery",
			"Inconsistent quality of service delivery", "Serious or widespread weaknesses", "" };

	/** Inclusive ranges of the places buckets below. */
	static final int[][] PLACES_BUCKETS = { { 0, 0 }, { 1, 1 }, { 2, 2 }, { 3, 3 }, { 4, 4 }, { 5, 5 }, { 6, 6 },
			{ 7, 8 }, { 9, 12 }, { 13, 20 }, { 21, 50 }, { 51, 120 }, { 121, 800 } };

	/**
	 * One provision type as measured: rows, sectors (order {@link #SECTORS}), suspended rows, judgements (order
	 * {@link #JUDGEMENTS}), supported accommodation outcomes (order {@link #SA_OUTCOMES}, null when the type has
	 * none) and places (order {@link #PLACES_BUCKETS}, null when the column is empty for the type).
	 */
	record TypeMix(String type, Setting.Kind kind, int rows, int[] sectors, int suspended, int[] judgements,
			int[] saOutcomes, int[] places) {
	}

	// @formatter:off
	static final List<TypeMix> TYPES = List.of(
		new TypeMix("Children's home", Setting.Kind.HOME, 3938, new int[] { 3312, 467, 152, 0, 7 }, 11,
				new int[] { 447, 2594, 476, 43, 378 }, null,
				new int[] { 0, 326, 784, 1025, 841, 423, 309, 172, 45, 12, 1, 0, 0 }),
		new TypeMix("Supported Accommodation", Setting.Kind.SUPPORTED, 893, new int[] { 778, 40, 75, 0, 0 }, 2,
				new int[] { 0, 0, 0, 0, 893 }, new int[] { 26, 19, 5, 843 },
				new int[] { 6, 7, 33, 60, 65, 39, 53, 80, 122, 146, 188, 75, 19 }),
		new TypeMix("Independent Fostering Agency", Setting.Kind.IFA, 339, new int[] { 284, 0, 55, 0, 0 }, 1,
				new int[] { 78, 230, 14, 3, 14 }, null, null),
		new TypeMix("Residential Family Centre", Setting.Kind.OTHER, 110, new int[] { 97, 1, 12, 0, 0 }, 0,
				new int[] { 7, 73, 13, 3, 14 }, null, new int[] { 0, 3, 8, 13, 20, 17, 24, 7, 15, 3, 0, 0, 0 }),
		new TypeMix("Residential Special School", Setting.Kind.SCHOOL, 95, new int[] { 17, 29, 24, 25, 0 }, 0,
				new int[] { 48, 42, 1, 1, 3 }, null, new int[] { 0, 0, 0, 2, 2, 1, 1, 6, 17, 25, 32, 8, 1 }),
		new TypeMix("Boarding School", Setting.Kind.OTHER, 51, new int[] { 16, 4, 8, 23, 0 }, 0,
				new int[] { 13, 33, 3, 2, 0 }, null, new int[] { 0, 0, 0, 1, 0, 0, 0, 0, 2, 0, 10, 14, 24 }),
		new TypeMix("Residential special school (registered as a children's home)", Setting.Kind.SCHOOL_HOME, 49,
				new int[] { 34, 4, 11, 0, 0 }, 0, new int[] { 10, 31, 7, 1, 0 }, null,
				new int[] { 0, 0, 0, 1, 1, 0, 4, 7, 7, 5, 16, 8, 0 }),
		new TypeMix("Further Education College with Residential Accommodation", Setting.Kind.OTHER, 34,
				new int[] { 11, 3, 18, 2, 0 }, 0, new int[] { 20, 13, 1, 0, 0 }, null,
				new int[] { 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 7, 11, 14 }),
		new TypeMix("Voluntary Adoption Agency", Setting.Kind.OTHER, 29, new int[] { 0, 0, 29, 0, 0 }, 0,
				new int[] { 9, 17, 1, 0, 2 }, null, null),
		new TypeMix("Adoption Support Agency", Setting.Kind.OTHER, 29, new int[] { 23, 0, 6, 0, 0 }, 0,
				new int[] { 17, 12, 0, 0, 0 }, null, null),
		new TypeMix("Secure children's home", Setting.Kind.SECURE, 14, new int[] { 0, 12, 2, 0, 0 }, 0,
				new int[] { 2, 8, 4, 0, 0 }, null, new int[] { 0, 0, 0, 0, 1, 0, 0, 2, 4, 2, 5, 0, 0 }),
		new TypeMix("Residential Holiday Scheme for Disabled Children", Setting.Kind.OTHER, 10,
				new int[] { 6, 0, 4, 0, 0 }, 0, new int[] { 7, 2, 0, 0, 1 }, null, null),
		// the real file spells 8 rows with a capital H: kept, the ingest must take it in its stride
		new TypeMix("Children's Home", Setting.Kind.HOME, 8, new int[] { 8, 0, 0, 0, 0 }, 0,
				new int[] { 0, 4, 2, 0, 2 }, null, new int[] { 0, 0, 2, 2, 1, 2, 0, 1, 0, 0, 0, 0, 0 }),
		new TypeMix("Secure Training Centre", Setting.Kind.OTHER, 1, new int[] { 1, 0, 0, 0, 0 }, 0,
				new int[] { 0, 0, 0, 1, 0 }, null, null));
	// @formatter:on

	/** Rows in the real 2025 list. */
	static final int TOTAL_ROWS = 5600;

	/** Ofsted Region counts, same file, in the order of {@link Geography#REGIONS}. */
	static final int[] REGION_ROWS = { 1261, 852, 762, 680, 630, 515, 489, 407, 4 };

	/**
	 * Settings per owning organisation, same file (2,551 organisations): pairs of {settings owned, organisations}
	 * (1,774 own one; one owns 183). Used to size the fictitious organisations.
	 */
	static final int[][] SETTINGS_PER_ORGANISATION = { { 1, 1774 }, { 2, 304 }, { 3, 143 }, { 4, 90 }, { 5, 60 },
			{ 6, 42 }, { 7, 36 }, { 8, 19 }, { 9, 19 }, { 10, 16 }, { 11, 6 }, { 12, 6 }, { 13, 8 }, { 14, 3 },
			{ 15, 2 }, { 16, 1 }, { 17, 1 }, { 18, 5 }, { 19, 2 }, { 20, 1 }, { 22, 2 }, { 28, 2 }, { 29, 1 },
			{ 38, 1 }, { 40, 1 }, { 44, 1 }, { 46, 1 }, { 54, 2 }, { 59, 1 }, { 183, 1 } };

	/** Children's homes marked "Short breaks only" (124 of 3,938) and multi-building (28 of 3,938). */
	static final double SHORT_BREAKS_SHARE = 124.0 / 3938;

	static final double MULTI_BUILDING_SHARE = 28.0 / 3938;

	/**
	 * Registration age in whole years before the snapshot (index 20 = 20 or more), same file: the list is young,
	 * 1,345 rows registered in the last year (supported accommodation registration opened in 2023).
	 */
	static final int[] REGISTRATION_AGE_YEARS = { 1345, 798, 393, 290, 325, 232, 170, 175, 175, 114, 142, 122, 137,
			87, 92, 74, 66, 54, 64, 95, 650 };

	/**
	 * Share of rows whose "How well children ... are helped and protected" equals the overall judgement (3,788 of
	 * 3,938 children's homes); the leaders column is drawn the same way.
	 */
	static final double SUB_JUDGEMENT_SAME_SHARE = 3788.0 / 3938;

	private OfstedMix() {
	}

}
