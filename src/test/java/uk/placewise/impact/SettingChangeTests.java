package uk.placewise.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.placewise.assess.Reason;
import uk.placewise.assess.RiskBand;
import uk.placewise.facts.Source;
import uk.placewise.results.SettingResult;

/** What counts as a change to a setting between the live rules and a draft, and how its reasons compare. */
class SettingChangeTests {

	static final LocalDate DUE = LocalDate.of(2027, 2, 20);

	@Test
	void aRuleAwardingMorePointsIsItsOldReasonRemovedAndItsNewOneAddedAndTheNetChangeByRule() {
		SettingChange change = new SettingChange(setting(45, RiskBand.HIGH, reason("OFS-RI", 25), reason("QA-NEVER", 10)),
				setting(50, RiskBand.HIGH, reason("OFS-RI", 30), reason("QA-NEVER", 10)));
		assertThat(change.changed()).isTrue();
		assertThat(change.scoreChange()).isEqualTo(5);
		assertThat(change.bandMoved()).isFalse();
		assertThat(change.reasonsAdded()).containsExactly("OFS-RI:30");
		assertThat(change.reasonsRemoved()).containsExactly("OFS-RI:25");
		assertThat(change.pointsByRule()).containsExactly("OFS-RI:+5");
	}

	@Test
	void aRuleThatNoLongerFiresIsRemovedWithItsPoints() {
		SettingChange change = new SettingChange(setting(30, RiskBand.MEDIUM, reason("R45-OVERDUE", 10), reason("OFS-NONE", 20)),
				setting(20, RiskBand.MEDIUM, reason("OFS-NONE", 20)));
		assertThat(change.reasonsAdded()).isEmpty();
		assertThat(change.reasonsRemoved()).containsExactly("R45-OVERDUE:10");
		assertThat(change.pointsByRule()).containsExactly("R45-OVERDUE:-10");
	}

	@Test
	void aRuleFiringTwiceIsComparedAsTwoReasons() {
		SettingChange change = new SettingChange(setting(20, RiskBand.MEDIUM, reason("HIS-CONCERNS", 10), reason("HIS-CONCERNS", 10)),
				setting(10, RiskBand.LOW, reason("HIS-CONCERNS", 10)));
		assertThat(change.reasonsRemoved()).containsExactly("HIS-CONCERNS:10");
		assertThat(change.bandMoved()).isTrue();
	}

	@Test
	void theSameScoreBandVisitsAndReasonsIsNoChange() {
		SettingChange change = new SettingChange(setting(45, RiskBand.HIGH, reason("OFS-RI", 25)),
				setting(45, RiskBand.HIGH, reason("OFS-RI", 25)));
		assertThat(change.changed()).isFalse();
		assertThat(change.pointsByRule()).isEmpty();
	}

	@Test
	void aDueDateMovedByTheCapacitySqueezeAloneIsAChange() {
		SettingResult before = setting(25, RiskBand.MEDIUM, reason("OFS-RI", 25));
		SettingResult after = new SettingResult(before.urn(), before.settingName(), before.provider(), before.settingType(),
				25, RiskBand.MEDIUM, "BAND-MEDIUM", 6, 0, 0, 1, null, DUE.plusMonths(1), false, false, DUE, "moved",
				before.reasons());
		assertThat(new SettingChange(before, after).changed()).isTrue();
	}

	static SettingResult setting(int score, RiskBand band, Reason... reasons) {
		int every = switch (band) {
			case CRITICAL -> 1;
			case HIGH -> 3;
			case MEDIUM -> 6;
			case LOW -> 12;
		};
		return new SettingResult("SC100001", "Oak House", "Oak Care Ltd", "CHILDRENS_HOME", score, band, "BAND-" + band.name(),
				every, 0, 0, 1, null, DUE, false, false, null, "rule", List.of(reasons));
	}

	static Reason reason(String rule, int points) {
		return new Reason("SC100001", rule, points, "evidence", LocalDate.of(2026, 9, 1), new Source("f.csv", 2));
	}
}
