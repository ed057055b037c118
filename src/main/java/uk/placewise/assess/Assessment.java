package uk.placewise.assess;

import java.time.LocalDate;
import java.util.List;

/**
 * The night's assessment: every assessed setting, every raised flag, and each child as the dashboard's
 * measures in kpis.drl measured them (one per measure, child and label).
 */
public record Assessment(LocalDate asOf, String rulesetVersion, List<SettingAssessment> settings, List<Flag> flags,
		List<Measured> measures) {

	/** An assessment with no dashboard measures (rules with no kpis.drl). */
	public Assessment(LocalDate asOf, String rulesetVersion, List<SettingAssessment> settings, List<Flag> flags) {
		this(asOf, rulesetVersion, settings, flags, List.of());
	}
}
