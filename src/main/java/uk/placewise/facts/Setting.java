package uk.placewise.facts;

import java.time.LocalDate;

/**
 * One setting (URN) that the council has a child placed in, or is considering.
 *
 * @param provider the owning organisation as published (trimmed)
 * @param registered true when the Ofsted provider list holds an active or suspended registration
 * @param registrationStatus Ofsted's status ("Active", "Suspended") or empty when not in the list
 * @param considered true when the council's settings feed marks a placement there as being considered
 */
public record Setting(String urn, String name, String provider, SettingType type, String provisionType,
		boolean registered, String registrationStatus, LocalDate registrationDate, String postcode, boolean considered,
		Source source) {

	public String providerKey() {
		return provider == null ? "" : provider.trim().toLowerCase(java.util.Locale.ROOT);
	}
}
