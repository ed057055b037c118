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
