package uk.placewise.rulecheck;

import java.time.LocalDate;
import java.util.Locale;

import uk.placewise.facts.Setting;
import uk.placewise.facts.SettingType;
import uk.placewise.facts.Source;
import uk.placewise.yaml.YamlMap;

/**
 * The setting types a scenario may name, in words an analyst uses, with the Ofsted provision type
 * and the SSDA903 PLACE code a child placed there has unless the scenario says otherwise.
 */
enum SettingKind {

	CHILDRENS_HOME(SettingType.CHILDRENS_HOME, "Children's home", "K2"),
	SECURE_CHILDRENS_HOME(SettingType.SECURE_CHILDRENS_HOME, "Secure children's home", "K1"),
	FOSTERING_AGENCY(SettingType.INDEPENDENT_FOSTERING_AGENCY, "Independent Fostering Agency", "U4"),
	SUPPORTED_ACCOMMODATION(SettingType.SUPPORTED_ACCOMMODATION, "Supported accommodation", "K3"),
	OTHER(SettingType.OTHER, "", "Z1");

	private final SettingType type;

	private final String provisionType;

	private final String defaultPlace;

	SettingKind(SettingType type, String provisionType, String defaultPlace) {
		this.type = type;
		this.provisionType = provisionType;
		this.defaultPlace = defaultPlace;
	}

	static SettingKind of(Setting setting) {
		for (SettingKind kind : values()) {
			if (kind.type == setting.type()) {
				return kind;
			}
		}
		return OTHER;
	}

	/** "children's home" (the default), "secure children's home", "fostering agency", "supported accommodation", "other". */
	static SettingKind parse(YamlMap map, String key) {
		String text = map.text(key, "children's home");
		String words = text.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[\\s_-]+", " ").trim();
		return switch (words) {
			case "childrens home", "children home", "home" -> CHILDRENS_HOME;
			case "secure childrens home", "secure home" -> SECURE_CHILDRENS_HOME;
			case "fostering agency", "independent fostering agency", "ifa" -> FOSTERING_AGENCY;
			case "supported accommodation" -> SUPPORTED_ACCOMMODATION;
			case "other" -> OTHER;
			default -> throw map.error(key, key + " must be children's home, secure children's home, fostering agency, "
					+ "supported accommodation or other, not '" + text + "'");
		};
	}

	String defaultPlace() {
		return defaultPlace;
	}

	Setting setting(String urn, String name, String provider, boolean registered, String status,
			LocalDate registeredOn, String postcode, boolean considered, Source source) {
		return new Setting(urn, name, provider, type, provisionType, registered, status, registeredOn, postcode,
				considered, source);
	}
}
