package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placewise.assess.Night.*;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.placewise.RulesCopy;
import uk.placewise.facts.Grade;
import uk.placewise.facts.Setting;
import uk.placewise.facts.SettingType;

/** Bands and floors (risk-model.md section 2) and the visit frequency table (section 3). */
class BandRulesTests {

	static final String URN = "SC200001";

	/** The shipped rules plus one test rule that scores a setting named "score N" exactly N points. */
	static RuleBase rulesWithExactPoints;

	/** The test rule: a setting named "score N" gets a reason of exactly N points. */
	static final String TEST_POINTS = """
			package uk.placewise.rules;
			import uk.placewise.facts.Setting;
			import uk.placewise.facts.Source;
			import uk.placewise.assess.Reason;
			rule "TEST-POINTS"
			when
			    $s : Setting( name matches "score [0-9]+" )
			then
			    insert( new Reason( $s.urn(), "TEST-POINTS", Integer.parseInt( $s.name().substring( 6 ) ), "test", null, Source.NONE ) );
			end
			""";

	@BeforeAll
	static void compileRulesWithExactPoints(@TempDir Path temp) {
		rulesWithExactPoints = RulesCopy.of(temp).write("test-points.drl", TEST_POINTS).compile();
	}

	/** An agency with a recent Outstanding judgement, so that nothing but the test rule scores. */
	static Night scoring(int points) {
		Setting setting = new Setting(URN, "score " + points, PROVIDER, SettingType.INDEPENDENT_FOSTERING_AGENCY,
				"Independent Fostering Agency", true, "Active", null, "", true, source("settings.csv", 2));
		return night().with(setting, outstanding(URN, monthsAgo(3)));
	}

	@Nested
	class ScoreBands {

		@ParameterizedTest
		@CsvSource({ "0, Low, BAND-LOW", "19, Low, BAND-LOW", "20, Medium, BAND-MEDIUM", "39, Medium, BAND-MEDIUM",
				"40, High, BAND-HIGH", "59, High, BAND-HIGH", "60, Critical, BAND-CRITICAL",
				"140, Critical, BAND-CRITICAL" })
		void scoreSetsTheBand(int points, String band, String rule) {
			SettingAssessment assessed = scoring(points).assessedWith(rulesWithExactPoints).settings().get(0);
			assertThat(assessed.score()).isEqualTo(points);
			assertThat(assessed.band().label()).isEqualTo(band);
			assertThat(assessed.bandRule()).isEqualTo(rule);
		}

	}

	@Nested
	class Floors {

		/** 30 months old: outside HIS-INADEQUATE's 24 months and inside an agency's 36-month cycle. */
		@Test
		void inadequateLatestJudgementIsCriticalWhateverTheScore() {
			Night night = night().with(agency(URN), inadequate(URN, monthsAgo(30)));
			assertThat(night.setting(URN).score()).isEqualTo(50);
			assertThat(night.setting(URN).band().label()).isEqualTo("Critical");
			assertThat(night.setting(URN).bandRule()).isEqualTo("BAND-FLOOR-OFS-INADEQUATE");
		}

		@Test
		void inadequateScoringSixtyIsCriticalByItsScore() {
			Night night = night().with(agency(URN), inadequate(URN, monthsAgo(2)));
			assertThat(night.setting(URN).score()).isEqualTo(60);
			assertThat(night.setting(URN).bandRule()).isEqualTo("BAND-CRITICAL");
		}

		@Test
		void enforcementInForceIsCritical() {
			Night night = night().with(agency(URN), outstanding(URN, monthsAgo(2)),
					enforcement(URN, "Compliance notice", daysAgo(5), null));
			assertThat(night.setting(URN).score()).isEqualTo(30);
			assertThat(night.setting(URN).band().label()).isEqualTo("Critical");
			assertThat(night.setting(URN).bandRule()).isEqualTo("BAND-FLOOR-OFS-ENFORCEMENT");
		}

		@Test
		void unsafeReg44ReportIsCritical() {
			Night night = night().with(home(URN), outstanding(URN, monthsAgo(2)),
					reg44(URN, daysAgo(20), false, true, 0), reg45(URN, monthsAgo(1)));
			assertThat(night.setting(URN).score()).isEqualTo(30);
			assertThat(night.setting(URN).bandRule()).isEqualTo("BAND-FLOOR-R44-UNSAFE");
		}

		@Test
		void thirtyPointsWithoutAFloorFactorIsMedium() {
			Night night = night().with(agency(URN), outstanding(URN, monthsAgo(2)),
					qaVisit(URN, daysAgo(10), Grade.INADEQUATE));
			assertThat(night.setting(URN).score()).isEqualTo(30);
			assertThat(night.setting(URN).band().label()).isEqualTo("Medium");
			assertThat(night.setting(URN).bandRule()).isEqualTo("BAND-MEDIUM");
		}

	}

	@Nested
	class VisitFrequency {

		@ParameterizedTest
		@CsvSource({ "60, 1, 10, 0", "40, 3, 0, 1", "20, 6, 0, 3", "0, 12, 0, 3" })
		void bandSetsTheVisitFrequency(int points, int everyMonths, int firstWorkingDays, int firstMonths) {
			SettingAssessment assessed = scoring(points).assessedWith(rulesWithExactPoints).settings().get(0);
			assertThat(assessed.visitEveryMonths()).isEqualTo(everyMonths);
			assertThat(assessed.firstVisitWorkingDays()).isEqualTo(firstWorkingDays);
			assertThat(assessed.firstVisitMonths()).isEqualTo(firstMonths);
		}

		@Test
		void floorBandGetsTheCriticalFrequency() {
			Night night = night().with(agency(URN), inadequate(URN, monthsAgo(30)));
			assertThat(night.setting(URN).visitEveryMonths()).isEqualTo(1);
			assertThat(night.setting(URN).firstVisitWorkingDays()).isEqualTo(10);
		}

	}

}
