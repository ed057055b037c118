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

	/**
	 * The four overall judgements, or null. Ofsted's wording has drifted: "Requires improvement" alone,
	 * any capitalisation ("Requires Improvement to be good", 2019-2021), and the grades of the frameworks
	 * before 2015, "Adequate" and "Satisfactory", which rank with Requires improvement (feeds.md section 1;
	 * Ofsted's own read-me: "3 = Requires Improvement/Adequate/Satisfactory").
	 */
	static Grade grade(String judgement) {
		return switch (key(judgement)) {
			case "outstanding" -> Grade.OUTSTANDING;
			case "good" -> Grade.GOOD;
			case "requires improvement to be good", "requires improvement", "adequate", "satisfactory" ->
				Grade.REQUIRES_IMPROVEMENT;
			case "inadequate" -> Grade.INADEQUATE;
			default -> null;
		};
	}

	/**
	 * Whether an event type names a full inspection: the only kind whose judgement is the overall one.
	 * Blank counts as full, since the provider list's "latest full inspection" columns hold full
	 * inspections unless they say otherwise; so does any wording with "full" in it ("Full inspection",
	 * "Full Inspection", "Full"). Interim inspections, monitoring inspections or visits and assurance
	 * visits are not. A wording that is neither is taken as full: its judgement column then decides,
	 * since only the four grades are read as a judgement.
	 */
	static boolean fullInspection(String eventType) {
		String t = key(eventType);
		if (t.isEmpty() || t.contains("full")) {
			return true;
		}
		return !(t.contains("interim") || t.contains("monitoring") || t.contains("assurance") || t.contains("visit"));
	}

	/** An event type as shown in evidence: Ofsted's wording trimmed, "Full inspection" when blank. */
	static String eventType(String eventType) {
		return eventType == null || eventType.isBlank() ? "Full inspection" : eventType.trim().replaceAll("\\s+", " ");
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
