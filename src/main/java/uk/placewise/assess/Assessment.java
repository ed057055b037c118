package uk.placewise.assess;

import java.time.LocalDate;
import java.util.List;

/** The night's assessment: every assessed setting and every raised flag. */
public record Assessment(LocalDate asOf, String rulesetVersion, List<SettingAssessment> settings, List<Flag> flags) {
}
