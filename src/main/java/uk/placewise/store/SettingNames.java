package uk.placewise.store;

import uk.placewise.facts.Setting;

/**
 * Which name a setting is printed under. Ofsted publishes children's homes' names (and addresses) as
 * {@code REDACTED} in every year's file; the council knows every home it places in. So the council's own
 * name (its settings feed, keyed by URN) wins whenever it has one, and Ofsted's {@code REDACTED} is
 * printed only where no source has a name.
 */
final class SettingNames {

	private SettingNames() {
	}

	/** {@code ofsted} under the council's name for it, when the council gives one. */
	static Setting councilsName(Setting ofsted, String councils) {
		if (councils == null || councils.isBlank()) {
			return ofsted;
		}
		return new Setting(ofsted.urn(), councils.strip(), ofsted.provider(), ofsted.type(), ofsted.provisionType(),
				ofsted.registered(), ofsted.registrationStatus(), ofsted.registrationDate(), ofsted.postcode(),
				ofsted.considered(), ofsted.source());
	}
}
