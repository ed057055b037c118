package uk.placewise.store;

import java.util.Locale;

import uk.placewise.facts.Grade;
import uk.placewise.facts.SettingType;

/** Ofsted's published wording to the fact model: provision types, judgements, supported accommodation outcomes. */
final class OfstedWording {

	private OfstedWording() {
	}

	/**
	 * Provision type to setting type. A residential special school registered as a children's home is
	 * regulated as a children's home (Reg 44 and 45 apply), so it counts as one.
	 */
	static SettingType settingType(String provisionType) {
		String t = key(provisionType);
		if (t.equals("secure children's home")) {
			return SettingType.SECURE_CHILDRENS_HOME;
		}
		if (t.equals("children's home") || t.endsWith("(registered as a children's home)")) {
			return SettingType.CHILDRENS_HOME;
		}
		if (t.equals("independent fostering agency")) {
			return SettingType.INDEPENDENT_FOSTERING_AGENCY;
		}
		if (t.equals("supported accommodation")) {
			return SettingType.SUPPORTED_ACCOMMODATION;
		}
		return SettingType.OTHER;
	}

	/**
	 * The council's own wording of a setting's type (settings feed, free text). Ofsted's wording maps
	 * as above; otherwise "supported" means supported accommodation and "fostering" an agency. A home
	 * regulated elsewhere (e.g. "Children's home (registered with Care Inspectorate Wales)") is OTHER:
	 * England's Reg 44 and Reg 45 do not apply to it.
	 */
	static SettingType councilSettingType(String type) {
		SettingType ofsted = settingType(type);
		if (ofsted != SettingType.OTHER) {
			return ofsted;
		}
		String t = key(type);
		if (t.contains("supported")) {
			return SettingType.SUPPORTED_ACCOMMODATION;
		}
		if (t.contains("fostering")) {
			return SettingType.INDEPENDENT_FOSTERING_AGENCY;
		}
		return SettingType.OTHER;
	}

	/** The four overall judgements (also "Requires improvement" alone), or null. */
	static Grade grade(String judgement) {
		return switch (key(judgement)) {
			case "outstanding" -> Grade.OUTSTANDING;
			case "good" -> Grade.GOOD;
			case "requires improvement to be good", "requires improvement" -> Grade.REQUIRES_IMPROVEMENT;
			case "inadequate" -> Grade.INADEQUATE;
			default -> null;
		};
	}

	/** Supported accommodation outcomes, treated as Good / RI / Inadequate for scoring (feeds.md 1). */
	static Grade supportedAccommodationGrade(String outcome) {
		return switch (key(outcome)) {
			case "consistently strong service delivery" -> Grade.GOOD;
			case "inconsistent quality of service delivery" -> Grade.REQUIRES_IMPROVEMENT;
			case "serious or widespread weaknesses" -> Grade.INADEQUATE;
			default -> null;
		};
	}

	/** The outcome of an interim inspection, or null for anything else. */
	static String interimOutcome(String judgement) {
		return switch (key(judgement)) {
			case "improved effectiveness" -> "Improved effectiveness";
			case "sustained effectiveness" -> "Sustained effectiveness";
			case "declined in effectiveness" -> "Declined in effectiveness";
			default -> null;
		};
	}

	static String key(String text) {
		return text == null ? "" : text.trim().replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}
}
