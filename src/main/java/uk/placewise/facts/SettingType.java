package uk.placewise.facts;

/** What kind of setting, as the rules need it (Ofsted provision type or the council's register). */
public enum SettingType {
	CHILDRENS_HOME, SECURE_CHILDRENS_HOME, INDEPENDENT_FOSTERING_AGENCY, SUPPORTED_ACCOMMODATION, OTHER;

	/** Children's homes get Reg 44 visits, Reg 45 reviews and a 12-month inspection cycle. */
	public boolean isChildrensHome() {
		return this == CHILDRENS_HOME || this == SECURE_CHILDRENS_HOME;
	}
}
