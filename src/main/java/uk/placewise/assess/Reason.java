package uk.placewise.assess;

import java.time.LocalDate;

import uk.placewise.facts.Source;

/**
 * Points a rule awarded a setting, with the evidence a council can defend: the fact in words
 * ("Reg 44 report for 2026-10: children not effectively safeguarded"), its date and its source.
 */
public record Reason(String urn, String ruleId, int points, String fact, LocalDate date, Source source) {

	/** The longest evidence a result keeps (the results' column): a rule that writes more fails, by name. */
	public static final int MAX_FACT = 4000;

	public Reason {
		Evidence.bounded("reason " + ruleId, fact);
	}
}
