package uk.placewise.demo;

/** The kinds of placement the generator makes, each with its SSDA903 codes and the setting kind it needs. */
enum PlacementKind {

	FOSTER_IN_HOUSE(new String[] { "U4", "U6", "U6", "U5" }, null, "other"),
	FOSTER_RELATIVE(new String[] { "U1", "U3", "U3", "U2" }, null, "other"),
	IFA(new String[] { "U4", "U6", "U6" }, Setting.Kind.IFA, "ifa"),
	CHILDRENS_HOME(new String[] { "K2" }, Setting.Kind.HOME, "residential"),
	SECURE(new String[] { "K1" }, Setting.Kind.SECURE, "residential"),
	SUPPORTED(new String[] { "K3" }, Setting.Kind.SUPPORTED, "supported"),
	RESIDENTIAL_SCHOOL(new String[] { "S1" }, Setting.Kind.SCHOOL, "residential"),
	PARENTS(new String[] { "P1" }, null, "other"),
	ADOPTION(new String[] { "A5", "A6", "A6" }, null, "other"),
	INDEPENDENT(new String[] { "P2", "Z1" }, null, "other");

	private final String[] places;

	private final Setting.Kind settingKind;

	private final String costType;

	PlacementKind(String[] places, Setting.Kind settingKind, String costType) {
		this.places = places;
		this.settingKind = settingKind;
		this.costType = costType;
	}

	String place(Rand rand) {
		return rand.pick(this.places);
	}

	/** The kind of Ofsted-registered setting this placement is in, or null when it has no setting of its own. */
	Setting.Kind settingKind() {
		return this.settingKind;
	}

	/** The costs feed's placement_type. */
	String costType() {
		return this.costType;
	}

	/**
	 * Weight of this kind for a child of the given age, from {@link Calibration#PLACEMENT_SHARES}: the national
	 * shares, with supported accommodation and independent living only from 16 (the law since 2021 and 2023),
	 * adoption only for the youngest, and residential care weighted towards teenagers.
	 */
	double weight(int age) {
		double share = Calibration.PLACEMENT_SHARES[ordinal()];
		return switch (this) {
			case SUPPORTED, INDEPENDENT -> (age >= 16) ? share / 0.27 : 0;
			case ADOPTION -> (age <= 4) ? share / 0.18 : 0;
			case CHILDRENS_HOME, SECURE, RESIDENTIAL_SCHOOL -> (age < 8) ? share * 0.1 : (age >= 11) ? share * 1.5 : share;
			case PARENTS -> share;
			default -> (age >= 16) ? share * 0.7 : share;
		};
	}

}
