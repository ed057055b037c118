package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placewise.assess.Night.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.placewise.facts.Grade;

/** The complex needs panel flags of risk-model.md section 4, one child's current placement each. */
class FlagRulesTests {

	static final String URN = "SC300001";

	static final String CHILD = "C42";

	static Night childPlacedAt(Object... settingFacts) {
		return night().with(settingFacts).with(child(CHILD, 14), placed(CHILD, URN));
	}

	@Nested
	class InadequateSetting {

		@Test
		void childAtAnInadequateSettingIsUrgent() {
			Flag flag = childPlacedAt(home(URN), inadequate(URN, monthsAgo(2))).flag(CHILD, "INADEQUATE_SETTING")
				.orElseThrow();
			assertThat(flag.severity()).isEqualTo("urgent");
			assertThat(flag.urn()).isEqualTo(URN);
			assertThat(flag.fact()).isEqualTo("Latest full inspection " + monthsAgo(2) + ": Inadequate");
		}

		@Test
		void childWhoHasLeftTheSettingIsNotFlagged() {
			Night night = night().with(home(URN), inadequate(URN, monthsAgo(2)), child(CHILD, 14),
					placement(CHILD, URN, daysAgo(100), daysAgo(1), "P", "K2", 5.0));
			assertThat(night.flags(CHILD)).isEmpty();
		}

	}

	@Nested
	class Enforcement {

		@Test
		void restrictionInForceIsUrgent() {
			Night night = childPlacedAt(home(URN), outstanding(URN, monthsAgo(2)),
					enforcement(URN, "Restriction of accommodation", daysAgo(3), null));
			assertThat(night.flag(CHILD, "ENFORCEMENT").orElseThrow().severity()).isEqualTo("urgent");
		}

		@Test
		void restrictionEndedYesterdayIsNotFlagged() {
			Night night = childPlacedAt(home(URN), outstanding(URN, monthsAgo(2)),
					enforcement(URN, "Restriction of accommodation", daysAgo(30), daysAgo(1)));
			assertThat(night.flag(CHILD, "ENFORCEMENT")).isEmpty();
		}

	}

	@Nested
	class Under16Unregulated {

		@Test
		void fifteenYearOldInSemiIndependentLivingIsUrgent() {
			Night night = night().with(unregisteredSupportedAccommodation(URN), child(CHILD, 15),
					placement(CHILD, URN, daysAgo(20), null, "P", "H5", 3.0));
			Flag flag = night.flag(CHILD, "UNDER16_UNREGULATED").orElseThrow();
			assertThat(flag.severity()).isEqualTo("urgent");
			assertThat(flag.fact()).startsWith("Child C42 (age 15) placed in H5 since " + daysAgo(20));
		}

		@Test
		void sixteenYearOldIsNotUnder16() {
			Night night = night().with(supportedAccommodation(URN), child(CHILD, 16),
					placement(CHILD, URN, daysAgo(20), null, "P", "K3", 3.0));
			assertThat(night.flag(CHILD, "UNDER16_UNREGULATED")).isEmpty();
		}

		@Test
		void notUnlawfulBeforeTheNinthOfSeptember2021() {
			LocalDate before = LocalDate.of(2021, 9, 8);
			Night night = nightOf(before).with(unregisteredSupportedAccommodation(URN), child(CHILD, 15),
					placement(CHILD, URN, before.minusDays(20), null, "P", "H5", 3.0));
			assertThat(night.flag(CHILD, "UNDER16_UNREGULATED")).isEmpty();
		}

	}

	@Nested
	class UnregisteredSupported {

		@Test
		void seventeenYearOldInSupportedAccommodationWithoutAUrnIsUrgent() {
			Night night = night().with(child(CHILD, 17), placement(CHILD, null, daysAgo(20), null, "P", "K3", 3.0));
			Flag flag = night.flag(CHILD, "UNREGISTERED_SUPPORTED").orElseThrow();
			assertThat(flag.severity()).isEqualTo("urgent");
			assertThat(flag.fact()).contains("placed in K3 with no Ofsted URN");
		}

		@Test
		void supportedAccommodationNotActiveInTheProviderListIsFlagged() {
			Night night = night().with(unregisteredSupportedAccommodation(URN), child(CHILD, 16),
					placement(CHILD, URN, daysAgo(20), null, "P", "K3", 3.0));
			assertThat(night.flag(CHILD, "UNREGISTERED_SUPPORTED")).isPresent();
		}

		@Test
		void activeRegistrationIsNotFlagged() {
			Night night = night().with(supportedAccommodation(URN), child(CHILD, 17),
					placement(CHILD, URN, daysAgo(20), null, "P", "K3", 3.0));
			assertThat(night.flag(CHILD, "UNREGISTERED_SUPPORTED")).isEmpty();
		}

		@Test
		void notRequiredBeforeThe28thOfOctober2023() {
			LocalDate before = LocalDate.of(2023, 10, 27);
			Night night = nightOf(before).with(child(CHILD, 17),
					placement(CHILD, null, before.minusDays(20), null, "P", "H5", 3.0));
			assertThat(night.flag(CHILD, "UNREGISTERED_SUPPORTED")).isEmpty();
		}

	}

	@Nested
	class Reg44Unsafe {

		@Test
		void latestReportNotSafeguardedIsUrgent() {
			Night night = childPlacedAt(home(URN), reg44(URN, daysAgo(20), false, true, 0));
			assertThat(night.flag(CHILD, "REG44_UNSAFE").orElseThrow().fact())
				.isEqualTo("Reg 44 report for 2026-10: children not effectively safeguarded");
		}

		@Test
		void opinionNotStatedIsNotFlagged() {
			Night night = childPlacedAt(home(URN), reg44(URN, daysAgo(20), null, true, 0));
			assertThat(night.flag(CHILD, "REG44_UNSAFE")).isEmpty();
		}

	}

	@Nested
	class RepeatMissing {

		@Test
		void threeEpisodesInThirtyDaysAnywhereIsForReview() {
			Night night = childPlacedAt(home(URN)).with(missing(CHILD, "SC999999", daysAgo(29)),
					missing(CHILD, URN, daysAgo(10)), missing(CHILD, URN, daysAgo(2)));
			Flag flag = night.flag(CHILD, "REPEAT_MISSING").orElseThrow();
			assertThat(flag.severity()).isEqualTo("review");
			assertThat(flag.date()).isEqualTo(daysAgo(2));
		}

		@Test
		void episodeThirtyDaysAgoIsOutsideTheWindow() {
			Night night = childPlacedAt(home(URN)).with(missing(CHILD, URN, daysAgo(30)),
					missing(CHILD, URN, daysAgo(10)), missing(CHILD, URN, daysAgo(2)));
			assertThat(night.flag(CHILD, "REPEAT_MISSING")).isEmpty();
		}

	}

	@Nested
	class SdqConcern {

		@Test
		void latestScoreOf20IsForReview() {
			Night night = childPlacedAt(home(URN)).with(sdq(CHILD, daysAgo(30), 20));
			assertThat(night.flag(CHILD, "SDQ_CONCERN").orElseThrow().fact())
				.isEqualTo("Child C42: SDQ 20 on " + daysAgo(30));
		}

		@Test
		void latestScoreOf17RisenFiveIsForReview() {
			Night night = childPlacedAt(home(URN)).with(sdq(CHILD, daysAgo(400), 12), sdq(CHILD, daysAgo(30), 17));
			assertThat(night.flag(CHILD, "SDQ_CONCERN").orElseThrow().fact())
				.isEqualTo("Child C42: SDQ 17 on " + daysAgo(30) + ", previous 12 on " + daysAgo(400));
		}

		@Test
		void latestScoreOf19RisenFourIsNotFlagged() {
			Night night = childPlacedAt(home(URN)).with(sdq(CHILD, daysAgo(400), 15), sdq(CHILD, daysAgo(30), 19));
			assertThat(night.flag(CHILD, "SDQ_CONCERN")).isEmpty();
		}

		@Test
		void latestScoreOf16RisenTenIsNotFlagged() {
			Night night = childPlacedAt(home(URN)).with(sdq(CHILD, daysAgo(400), 6), sdq(CHILD, daysAgo(30), 16));
			assertThat(night.flag(CHILD, "SDQ_CONCERN")).isEmpty();
		}

	}

	@Nested
	class Instability {

		@Test
		void placementOpenAtTheStartAndTwoNewOnesMakeThree() {
			Night night = night().with(home(URN), child(CHILD, 12),
					placement(CHILD, "SC1", monthsAgo(20), monthsAgo(8), "S", "U4", 2.0),
					placement(CHILD, "SC2", monthsAgo(8), daysAgo(30), "P", "U4", 2.0),
					placement(CHILD, URN, daysAgo(30), null, "P", "K2", 2.0));
			Flag flag = night.flag(CHILD, "INSTABILITY").orElseThrow();
			assertThat(flag.severity()).isEqualTo("review");
			assertThat(flag.fact()).startsWith("Child C42: 3 placements in the 12 months to " + AS_OF);
		}

		@Test
		void legalStatusChangeIsNotANewPlacement() {
			Night night = night().with(home(URN), child(CHILD, 12),
					placement(CHILD, "SC1", monthsAgo(20), monthsAgo(8), "S", "U4", 2.0),
					placement(CHILD, "SC1", monthsAgo(8), daysAgo(30), "L", "U4", 2.0),
					placement(CHILD, URN, daysAgo(30), null, "P", "K2", 2.0));
			assertThat(night.flag(CHILD, "INSTABILITY")).isEmpty();
		}

		@Test
		void placementEndedOnTheFirstDayOfTheWindowIsNotOpenInIt() {
			Night night = night().with(home(URN), child(CHILD, 12),
					placement(CHILD, "SC1", monthsAgo(20), monthsAgo(12), "S", "U4", 2.0),
					placement(CHILD, "SC2", monthsAgo(12), daysAgo(30), "P", "U4", 2.0),
					placement(CHILD, URN, daysAgo(30), null, "P", "K2", 2.0));
			assertThat(night.flag(CHILD, "INSTABILITY")).isEmpty();
		}

	}

	@Nested
	class DistantUnvisited {

		@Test
		void overTwentyMilesAndNoVisitInTwelveMonthsIsForReview() {
			Night night = night().with(home(URN), child(CHILD, 12),
					placement(CHILD, URN, daysAgo(90), null, "P", "K2", 20.5), qaVisit(URN, monthsAgo(12), Grade.GOOD));
			assertThat(night.flag(CHILD, "DISTANT_UNVISITED").orElseThrow().fact())
				.isEqualTo("Child C42: placed 21 miles from home, no QA visit to the setting in the 12 months to " + AS_OF);
		}

		@Test
		void twentyMilesIsNotDistant() {
			Night night = night().with(home(URN), child(CHILD, 12),
					placement(CHILD, URN, daysAgo(90), null, "P", "K2", 20.0));
			assertThat(night.flag(CHILD, "DISTANT_UNVISITED")).isEmpty();
		}

		@Test
		void visitInsideTwelveMonthsIsEnough() {
			Night night = night().with(home(URN), child(CHILD, 12),
					placement(CHILD, URN, daysAgo(90), null, "P", "K2", 40.0),
					qaVisit(URN, monthsAgo(12).plusDays(1), Grade.GOOD));
			assertThat(night.flag(CHILD, "DISTANT_UNVISITED")).isEmpty();
		}

	}

	@Nested
	class CriticalSetting {

		@Test
		void criticalForAnyOtherReasonIsForReview() {
			Night night = childPlacedAt(home(URN), full(URN, monthsAgo(2), Grade.REQUIRES_IMPROVEMENT),
					viability(PROVIDER, daysAgo(10), "Red"), qaVisit(URN, daysAgo(5), Grade.GOOD),
					reg45(URN, daysAgo(30)));
			assertThat(night.setting(URN).band().label()).isEqualTo("Critical");
			Flag flag = night.flag(CHILD, "CRITICAL_SETTING").orElseThrow();
			assertThat(flag.severity()).isEqualTo("review");
			assertThat(flag.fact()).startsWith("Setting SC300001 banded Critical (BAND-CRITICAL, score ");
		}

		@Test
		void notRaisedWhenTheInadequateFlagSaysItAlready() {
			Night night = childPlacedAt(home(URN), inadequate(URN, monthsAgo(2)));
			assertThat(night.setting(URN).band().label()).isEqualTo("Critical");
			assertThat(night.flag(CHILD, "CRITICAL_SETTING")).isEmpty();
		}

		@Test
		void notRaisedForAHighSetting() {
			Night night = childPlacedAt(home(URN), full(URN, monthsAgo(2), Grade.REQUIRES_IMPROVEMENT),
					qaVisit(URN, daysAgo(5), Grade.GOOD), reg45(URN, daysAgo(30)));
			assertThat(night.setting(URN).band().label()).isNotEqualTo("Critical");
			assertThat(night.flag(CHILD, "CRITICAL_SETTING")).isEmpty();
		}

	}

}
