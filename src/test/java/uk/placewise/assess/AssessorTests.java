package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placewise.assess.Night.*;

import org.junit.jupiter.api.Test;

import uk.placewise.facts.FactSet;
import uk.placewise.facts.Grade;

/** One night's assessment: every setting in one session, riskiest first, each with its reasons. */
class AssessorTests {

	static Night threeSettings() {
		return night().with(agency("SC000003"), full("SC000003", monthsAgo(2), Grade.GOOD), agency("SC000001"),
				full("SC000001", monthsAgo(2), Grade.GOOD), home("SC000002"), inadequate("SC000002", monthsAgo(2)),
				reg44("SC000002", daysAgo(20), false, true, 4));
	}

	@Test
	void settingsComeRiskiestFirstThenByUrn() {
		assertThat(threeSettings().assessment().settings()).extracting(s -> s.setting().urn())
			.containsExactly("SC000002", "SC000001", "SC000003");
	}

	@Test
	void reasonsComeHighestPointsFirstAndAddUpToTheScore() {
		SettingAssessment home = threeSettings().setting("SC000002");
		assertThat(home.reasons()).extracting(Reason::ruleId)
			.containsExactly("OFS-INADEQUATE", "R44-UNSAFE", "HIS-INADEQUATE", "R44-ACTIONS",
					"R45-OVERDUE");
		assertThat(home.score()).isEqualTo(50 + 30 + 10 + 10 + 10);
		assertThat(home.band().label()).isEqualTo("Critical");
	}

	@Test
	void oneSettingsFactsNeverScoreAnother() {
		Night night = threeSettings();
		assertThat(night.ruleIds("SC000001")).containsExactly("OFS-GOOD");
		assertThat(night.ruleIds("SC000003")).containsExactly("OFS-GOOD");
	}

	@Test
	void assessmentNamesItsNightAndItsRules() {
		Assessment assessment = threeSettings().assessment();
		assertThat(assessment.asOf()).isEqualTo(AS_OF);
		assertThat(assessment.rulesetVersion()).isEqualTo(shippedRules().version());
	}

	@Test
	void urgentFlagsComeFirst() {
		Night night = threeSettings().with(child("C2", 15), placed("C2", "SC000002"), child("C1", 15),
				placed("C1", "SC000001"), sdq("C1", daysAgo(10), 25));
		assertThat(night.assessment().flags()).extracting(f -> f.child() + " " + f.code())
			.containsExactly("C2 INADEQUATE_SETTING", "C2 REG44_UNSAFE", "C1 SDQ_CONCERN");
	}

	@Test
	void nightWithNoSettingsHasNothingToSay() {
		FactSet empty = night().facts();
		Assessment assessment = new Assessor(shippedRules()).assess(empty);
		assertThat(assessment.settings()).isEmpty();
		assertThat(assessment.flags()).isEmpty();
	}

}
