package uk.placewise.demo;

import java.time.LocalDate;

/**
 * One fictitious setting of the provider list (URNs {@code SC9xxxxx} or {@code 9xxxxxx}, which no real setting
 * has), with the columns the list shows apart from the inspection ones, which come from its history. For a
 * background setting, {@code judgement} and {@code lastFull} are the list's latest full judgement (or supported
 * accommodation outcome) and its date, drawn from the measured mix; the history is built around them.
 */
record Setting(int index, String urn, String provisionType, Kind kind, LocalDate registered, String status,
		String name, String address, String postcode, int anchor, String ownerSector, String places,
		String saPremises, String shortBreaks, String multiBuilding, String organisation, String linkedEducationUrn,
		String judgement, LocalDate lastFull, boolean planted) {

	/** What a setting is for placement purposes. */
	enum Kind {

		/** Children's home (K2). */
		HOME,

		/** Secure children's home (K1). */
		SECURE,

		/** Registered supported accommodation for 16-17 year olds (K3). */
		SUPPORTED,

		/** Independent fostering agency (foster placements U4-U6 with PR4/PR5). */
		IFA,

		/** Residential special school (S1). */
		SCHOOL,

		/** Residential special school registered as a children's home (S1; Reg 44 applies). */
		SCHOOL_HOME,

		/** Types the council does not place children in (boarding schools, adoption agencies...). */
		OTHER

	}

	/** Reg 44 and Reg 45 apply (risk-model.md: K1, K2 and Ofsted "Children's home" types). */
	boolean childrensHome() {
		return this.kind == Kind.HOME || this.kind == Kind.SECURE || this.kind == Kind.SCHOOL_HOME;
	}

	/** Months between full inspections (risk-model.md OFS-STALE: homes 12, agencies and supported 36). */
	int cycleMonths() {
		return childrensHome() ? 12 : 36;
	}

	String sector() {
		return Geography.sectorOf(this.postcode);
	}

	/** SSDA903 PLACE_PROVIDER for a council placing here: private PR4, voluntary PR5, other public PR3/PR2. */
	String placeProvider(boolean ownCouncil) {
		return switch (this.ownerSector) {
			case "Private" -> "PR4";
			case "Voluntary" -> "PR5";
			case "Local Authority" -> ownCouncil ? "PR1" : "PR2";
			default -> "PR3";
		};
	}

}
