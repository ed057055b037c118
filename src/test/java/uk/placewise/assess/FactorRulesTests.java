package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placewise.assess.Night.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.placewise.facts.Grade;

/** Each factor of risk-model.md section 1, as the shipped rules/ folder scores it. */
class FactorRulesTests {

	static final String URN = "SC100001";

	static Night inadequateHome() {
		return night().with(home(URN), inadequate(URN, monthsAgo(2)));
	}

	@Nested
	class Ofsted {

		@Test
		void inadequateLatestJudgementScores50WithItsEvidence() {
			Night night = inadequateHome();
			Reason reason = night.reason(URN, "OFS-INADEQUATE").orElseThrow();
			assertThat(reason.points()).isEqualTo(50);
			assertThat(reason.fact()).isEqualTo("Latest full inspection " + monthsAgo(2) + ": Inadequate");
			assertThat(reason.date()).isEqualTo(monthsAgo(2));
			assertThat(reason.source()).hasToString("inspections.csv:2");
		}

		@Test
		void inadequateNoLongerLatestDoesNotScoreOfsInadequate() {
			Night night = night().with(home(URN), inadequate(URN, monthsAgo(8)), full(URN, monthsAgo(2), Grade.GOOD));
			assertThat(night.ruleIds(URN)).doesNotContain("OFS-INADEQUATE").contains("OFS-GOOD");
		}

		@Test
		void supportedAccommodationOutcomeSaysItWasMapped() {
			Night night = night().with(supportedAccommodation(URN), supportedAccommodationOutcome(URN, monthsAgo(3),
					Grade.INADEQUATE, "Serious or widespread weaknesses"));
			assertThat(night.reason(URN, "OFS-INADEQUATE").orElseThrow().fact()).isEqualTo("Latest full inspection "
					+ monthsAgo(3) + ": Serious or widespread weaknesses (supported accommodation outcome, scored as Inadequate)");
		}

		@Test
		void sameInspectionFromBothFeedsCountsOnce() {
			Night night = night().with(home(URN), inadequate(URN, monthsAgo(2)),
					supportedAccommodationOutcome(URN, monthsAgo(2), Grade.INADEQUATE, null));
			assertThat(night.ruleIds(URN)).containsOnlyOnce("OFS-INADEQUATE");
		}

		@Test
		void requiresImprovementScores25() {
			Night night = night().with(home(URN), full(URN, monthsAgo(2), Grade.REQUIRES_IMPROVEMENT));
			assertThat(night.reason(URN, "OFS-RI").orElseThrow().points()).isEqualTo(25);
		}

		@Test
		void requiresImprovementBeforeTheLatestGoodDoesNotScoreOfsRi() {
			Night night = night().with(home(URN), full(URN, monthsAgo(14), Grade.REQUIRES_IMPROVEMENT),
					full(URN, monthsAgo(2), Grade.GOOD));
			assertThat(night.ruleIds(URN)).doesNotContain("OFS-RI");
		}

		@Test
		void goodScores5() {
			Night night = night().with(home(URN), full(URN, monthsAgo(2), Grade.GOOD));
			assertThat(night.reason(URN, "OFS-GOOD").orElseThrow().points()).isEqualTo(5);
		}

		@Test
		void outstandingDoesNotScoreOfsGood() {
			Night night = night().with(home(URN), outstanding(URN, monthsAgo(2)));
			assertThat(night.ruleIds(URN)).doesNotContain("OFS-GOOD", "OFS-RI", "OFS-INADEQUATE");
		}

		@Test
		void registeredButNeverJudgedScores20() {
			Night night = night().with(home(URN), interim(URN, monthsAgo(1), "Sustained effectiveness"));
			assertThat(night.reason(URN, "OFS-NONE").orElseThrow().points()).isEqualTo(20);
		}

		@Test
		void unregisteredSettingDoesNotScoreOfsNone() {
			Night night = night().with(unregisteredSupportedAccommodation(URN));
			assertThat(night.ruleIds(URN)).doesNotContain("OFS-NONE");
		}

		@Test
		void homeLastInspectedTwelveMonthsAgoIsStale() {
			Night night = night().with(home(URN), outstanding(URN, monthsAgo(12)));
			assertThat(night.reason(URN, "OFS-STALE").orElseThrow().points()).isEqualTo(10);
		}

		@Test
		void homeInspectedADayInsideItsCycleIsNotStale() {
			Night night = night().with(home(URN), outstanding(URN, monthsAgo(12).plusDays(1)));
			assertThat(night.ruleIds(URN)).doesNotContain("OFS-STALE");
		}

		@Test
		void agencyHasA36MonthCycle() {
			Night night = night().with(agency(URN), outstanding(URN, monthsAgo(36)), agency("SC100002"),
					outstanding("SC100002", monthsAgo(36).plusDays(1)));
			assertThat(night.ruleIds(URN)).contains("OFS-STALE");
			assertThat(night.ruleIds("SC100002")).doesNotContain("OFS-STALE");
		}

		@Test
		void judgementWorseThanThePreviousOneHasDeclined() {
			Night night = night().with(home(URN), full(URN, monthsAgo(14), Grade.GOOD),
					full(URN, monthsAgo(2), Grade.REQUIRES_IMPROVEMENT));
			Reason reason = night.reason(URN, "OFS-DECLINED").orElseThrow();
			assertThat(reason.points()).isEqualTo(15);
			assertThat(reason.fact()).contains("down from Good on " + monthsAgo(14));
		}

		@Test
		void sameJudgementAsThePreviousOneHasNotDeclined() {
			Night night = night().with(home(URN), full(URN, monthsAgo(14), Grade.REQUIRES_IMPROVEMENT),
					full(URN, monthsAgo(2), Grade.REQUIRES_IMPROVEMENT));
			assertThat(night.ruleIds(URN)).doesNotContain("OFS-DECLINED");
		}

		@Test
		void interimSayingDeclinedAfterTheLatestFullInspectionHasDeclined() {
			Night night = night().with(home(URN), full(URN, monthsAgo(8), Grade.GOOD),
					interim(URN, monthsAgo(1), "Declined in effectiveness"));
			assertThat(night.reason(URN, "OFS-DECLINED").orElseThrow().fact())
				.startsWith("Interim inspection " + monthsAgo(1) + ": Declined in effectiveness");
		}

		@Test
		void interimSayingDeclinedBeforeTheLatestFullInspectionDoesNotCount() {
			Night night = night().with(home(URN), interim(URN, monthsAgo(9), "Declined in effectiveness"),
					full(URN, monthsAgo(2), Grade.GOOD));
			assertThat(night.ruleIds(URN)).doesNotContain("OFS-DECLINED");
		}

		@Test
		void decliningAndAnInterimDeclineCountOnce() {
			Night night = night().with(home(URN), full(URN, monthsAgo(14), Grade.GOOD),
					full(URN, monthsAgo(4), Grade.REQUIRES_IMPROVEMENT),
					interim(URN, monthsAgo(1), "Declined in effectiveness"));
			assertThat(night.ruleIds(URN)).containsOnlyOnce("OFS-DECLINED");
		}

		@Test
		void enforcementInForceOnTheAsOfDateScores30() {
			Night night = night().with(home(URN), outstanding(URN, monthsAgo(2)),
					enforcement(URN, "Restriction of accommodation", daysAgo(20), AS_OF));
			Reason reason = night.reason(URN, "OFS-ENFORCEMENT").orElseThrow();
			assertThat(reason.points()).isEqualTo(30);
			assertThat(reason.fact()).startsWith("Restriction of accommodation in force since " + daysAgo(20));
		}

		@Test
		void enforcementEndedTheDayBeforeDoesNotScore() {
			Night night = night().with(home(URN), outstanding(URN, monthsAgo(2)),
					enforcement(URN, "Suspension", daysAgo(20), daysAgo(1)));
			assertThat(night.ruleIds(URN)).doesNotContain("OFS-ENFORCEMENT");
		}

		@Test
		void noticeOfProposalToCancelIsNotYetInForce() {
			Night night = night().with(home(URN), outstanding(URN, monthsAgo(2)),
					enforcement(URN, "Notice of proposal to cancel", daysAgo(20), null));
			assertThat(night.ruleIds(URN)).doesNotContain("OFS-ENFORCEMENT");
		}

		@Test
		void suspendedRegistrationInTheProviderListIsASuspension() {
			Night night = night().with(suspendedHome(URN), outstanding(URN, monthsAgo(2)));
			assertThat(night.reason(URN, "OFS-ENFORCEMENT").orElseThrow().fact())
				.isEqualTo("Suspension in force (registration status Suspended in the provider list)");
		}

	}

	@Nested
	class Reg44 {

		static final LocalDate OCTOBER = LocalDate.of(2026, 10, 12);

		static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 12);

		@Test
		void noReportForTheLastCompleteMonthScores10() {
			Night night = night().with(home(URN), goodReg44(URN, SEPTEMBER));
			Reason reason = night.reason(URN, "R44-MISSING").orElseThrow();
			assertThat(reason.points()).isEqualTo(10);
			assertThat(reason.fact()).isEqualTo("No Reg 44 report for 2026-10");
			assertThat(reason.date()).isEqualTo(LocalDate.of(2026, 10, 31));
		}

		@Test
		void noReportForTwoMonthsScores20() {
			Night night = night().with(home(URN), goodReg44(URN, LocalDate.of(2026, 8, 31)));
			assertThat(night.reason(URN, "R44-MISSING").orElseThrow().points()).isEqualTo(20);
		}

		@Test
		void reportOnTheLastDayOfTheMonthCounts() {
			Night night = night().with(home(URN), goodReg44(URN, LocalDate.of(2026, 10, 31)));
			assertThat(night.ruleIds(URN)).doesNotContain("R44-MISSING");
		}

		@Test
		void agenciesHaveNoReg44Visits() {
			Night night = night().with(agency(URN));
			assertThat(night.ruleIds(URN)).doesNotContain("R44-MISSING", "R45-OVERDUE");
		}

		@Test
		void latestReportSayingChildrenAreNotSafeguardedScores30() {
			Night night = night().with(home(URN), reg44(URN, OCTOBER, false, true, 0));
			Reason reason = night.reason(URN, "R44-UNSAFE").orElseThrow();
			assertThat(reason.points()).isEqualTo(30);
			assertThat(reason.fact()).isEqualTo("Reg 44 report for 2026-10: children not effectively safeguarded");
			assertThat(reason.source()).hasToString("reg44.csv:2");
		}

		@Test
		void olderReportSayingNotSafeguardedDoesNotScore() {
			Night night = night().with(home(URN), reg44(URN, SEPTEMBER, false, true, 0), goodReg44(URN, OCTOBER));
			assertThat(night.ruleIds(URN)).doesNotContain("R44-UNSAFE");
		}

		@Test
		void opinionNotStatedDoesNotScore() {
			Night night = night().with(home(URN), reg44(URN, OCTOBER, null, null, 0));
			assertThat(night.ruleIds(URN)).doesNotContain("R44-UNSAFE", "R44-WELLBEING");
		}

		@Test
		void latestReportSayingWellbeingIsNotPromotedScores15() {
			Night night = night().with(home(URN), reg44(URN, OCTOBER, true, false, 0));
			assertThat(night.reason(URN, "R44-WELLBEING").orElseThrow().points()).isEqualTo(15);
		}

		@Test
		void wellbeingPromotedDoesNotScore() {
			Night night = night().with(home(URN), reg44(URN, OCTOBER, true, true, 0));
			assertThat(night.ruleIds(URN)).doesNotContain("R44-WELLBEING");
		}

		@Test
		void threeRecommendationsOutstandingScore10() {
			Night night = night().with(home(URN), reg44(URN, OCTOBER, true, true, 3));
			assertThat(night.reason(URN, "R44-ACTIONS").orElseThrow().points()).isEqualTo(10);
		}

		@Test
		void twoRecommendationsOutstandingDoNotScore() {
			Night night = night().with(home(URN), reg44(URN, OCTOBER, true, true, 2));
			assertThat(night.ruleIds(URN)).doesNotContain("R44-ACTIONS");
		}

	}

	@Nested
	class Reg45 {

		@Test
		void noReviewInSevenMonthsScores10() {
			Night night = night().with(home(URN), reg45(URN, monthsAgo(7)));
			assertThat(night.reason(URN, "R45-OVERDUE").orElseThrow().points()).isEqualTo(10);
		}

		@Test
		void reviewADayInsideSevenMonthsIsNotOverdue() {
			Night night = night().with(home(URN), reg45(URN, monthsAgo(7).plusDays(1)));
			assertThat(night.ruleIds(URN)).doesNotContain("R45-OVERDUE");
		}

	}

	@Nested
	class Missing {

		@Test
		void oneEpisodePerChildPlacedScores15() {
			Night night = night().with(home(URN), placed("C1", URN), placed("C2", URN), missing("C1", URN, daysAgo(10)),
					missing("C2", URN, daysAgo(89)));
			Reason reason = night.reason(URN, "MIS-RATE").orElseThrow();
			assertThat(reason.points()).isEqualTo(15);
			assertThat(reason.fact()).isEqualTo("2 missing episodes in the 90 days to " + AS_OF
					+ " for 2 children placed: 1.00 per child");
			assertThat(reason.date()).isEqualTo(daysAgo(10));
		}

		@Test
		void twoEpisodesPerChildPlacedScore25() {
			Night night = night().with(home(URN), placed("C1", URN), missing("C1", URN, daysAgo(10)),
					missing("C1", URN, daysAgo(50)));
			assertThat(night.reason(URN, "MIS-RATE").orElseThrow().points()).isEqualTo(25);
		}

		@Test
		void justUnderTwoPerChildScores15() {
			Night night = night().with(home(URN), placed("C1", URN), placed("C2", URN), missing("C1", URN, daysAgo(10)),
					missing("C1", URN, daysAgo(20)), missing("C2", URN, daysAgo(30)));
			assertThat(night.reason(URN, "MIS-RATE").orElseThrow().points()).isEqualTo(15);
		}

		@Test
		void episodeNinetyDaysAgoIsOutsideTheWindow() {
			Night night = night().with(home(URN), placed("C1", URN), missing("C1", URN, daysAgo(90)));
			assertThat(night.ruleIds(URN)).doesNotContain("MIS-RATE");
		}

		@Test
		void childWhoLeftDuringTheWindowCountsAsPlaced() {
			Night night = night().with(home(URN), placed("C1", URN), missing("C1", URN, daysAgo(5)),
					placement("C2", URN, daysAgo(300), daysAgo(60), "P", "K2", 5.0));
			assertThat(night.reason(URN, "MIS-RATE")).isEmpty();
		}

		@Test
		void threeEpisodesInThirtyDaysForOneChildScore10() {
			Night night = night().with(home(URN), placed("C1", URN), missing("C1", URN, daysAgo(1)),
					missing("C1", URN, daysAgo(15)), missing("C1", URN, daysAgo(29)));
			Reason reason = night.reason(URN, "MIS-REPEAT").orElseThrow();
			assertThat(reason.points()).isEqualTo(10);
			assertThat(reason.fact()).isEqualTo("Child C1: 3 missing episodes in the 30 days to " + AS_OF);
		}

		@Test
		void episodeThirtyDaysAgoIsOutsideTheRepeatWindow() {
			Night night = night().with(home(URN), placed("C1", URN), missing("C1", URN, daysAgo(1)),
					missing("C1", URN, daysAgo(15)), missing("C1", URN, daysAgo(30)));
			assertThat(night.ruleIds(URN)).doesNotContain("MIS-REPEAT");
		}

		@Test
		void fewerThan80PercentOfInterviewsOfferedInTimeScores5() {
			Night night = night().with(home(URN), returned("C1", URN, daysAgo(10), daysAgo(7)),
					returned("C1", URN, daysAgo(20), daysAgo(18)), returned("C1", URN, daysAgo(30), daysAgo(29)),
					returned("C1", URN, daysAgo(40), null));
			Reason reason = night.reason(URN, "MIS-RHI").orElseThrow();
			assertThat(reason.points()).isEqualTo(5);
			assertThat(reason.fact()).startsWith("3 of 4 return home interviews offered within 72 hours (75%)");
		}

		@Test
		void eightyPercentOfInterviewsOfferedInTimeDoesNotScore() {
			Night night = night().with(home(URN), returned("C1", URN, daysAgo(10), daysAgo(7)),
					returned("C1", URN, daysAgo(20), daysAgo(18)), returned("C1", URN, daysAgo(30), daysAgo(29)),
					returned("C1", URN, daysAgo(40), daysAgo(40)), returned("C1", URN, daysAgo(50), daysAgo(46)));
			assertThat(night.ruleIds(URN)).doesNotContain("MIS-RHI");
		}

		@Test
		void noInterviewRecordsDoesNotScore() {
			Night night = night().with(home(URN), placed("C1", URN), missing("C1", URN, daysAgo(10)));
			assertThat(night.ruleIds(URN)).doesNotContain("MIS-RHI");
		}

	}

	@Nested
	class Sdq {

		@Test
		void moreThanHalfTheChildrenScoring17OrMoreScores10() {
			Night night = night().with(home(URN), placed("C1", URN), placed("C2", URN), placed("C3", URN),
					placed("C4", URN), sdq("C1", daysAgo(100), 17), sdq("C2", daysAgo(100), 25),
					sdq("C3", daysAgo(100), 9));
			Reason reason = night.reason(URN, "SDQ-COMPLEX").orElseThrow();
			assertThat(reason.points()).isEqualTo(10);
			assertThat(reason.fact())
				.isEqualTo("2 of 3 children placed with an SDQ score have a latest score of 17 or more");
		}

		@Test
		void exactlyHalfDoesNotScore() {
			Night night = night().with(home(URN), placed("C1", URN), placed("C2", URN), sdq("C1", daysAgo(100), 17),
					sdq("C2", daysAgo(100), 16));
			assertThat(night.ruleIds(URN)).doesNotContain("SDQ-COMPLEX");
		}

		@Test
		void onlyTheLatestScoreCounts() {
			Night night = night().with(home(URN), placed("C1", URN), sdq("C1", daysAgo(400), 22),
					sdq("C1", daysAgo(30), 12));
			assertThat(night.ruleIds(URN)).doesNotContain("SDQ-COMPLEX");
		}

		@Test
		void scoreRisenFiveSinceThePlacementBeganScores10() {
			Night night = night().with(home(URN), placed("C1", URN), sdq("C1", daysAgo(300), 12),
					sdq("C1", daysAgo(10), 17));
			Reason reason = night.reason(URN, "SDQ-RISING").orElseThrow();
			assertThat(reason.points()).isEqualTo(10);
			assertThat(reason.fact()).isEqualTo("Child C1: SDQ 17 on " + daysAgo(10) + ", up 5 from 12 on "
					+ daysAgo(300) + " before the placement began on " + daysAgo(200));
		}

		@Test
		void scoreRisenFourDoesNotScore() {
			Night night = night().with(home(URN), placed("C1", URN), sdq("C1", daysAgo(300), 12),
					sdq("C1", daysAgo(10), 16));
			assertThat(night.ruleIds(URN)).doesNotContain("SDQ-RISING");
		}

	}

	@Nested
	class History {

		@Test
		void eachSafeguardingConcernOrAllegationScores10() {
			Night night = night().with(home(URN), concern("K1", URN, daysAgo(10), "safeguarding"),
					concern("K2", URN, daysAgo(40), "allegation"));
			Reason reason = night.reason(URN, "HIS-CONCERNS").orElseThrow();
			assertThat(reason.points()).isEqualTo(20);
			assertThat(reason.fact()).endsWith(": K2 (" + daysAgo(40) + ", allegation), K1 (" + daysAgo(10)
					+ ", safeguarding)");
			assertThat(reason.date()).isEqualTo(daysAgo(10));
		}

		@Test
		void concernsScoreAtMost30() {
			Night night = night().with(home(URN), concern("K1", URN, daysAgo(10), "safeguarding"),
					concern("K2", URN, daysAgo(20), "safeguarding"), concern("K3", URN, daysAgo(30), "allegation"),
					concern("K4", URN, daysAgo(40), "allegation"));
			assertThat(night.reason(URN, "HIS-CONCERNS").orElseThrow().points()).isEqualTo(30);
		}

		@Test
		void concernRaisedTwelveMonthsAgoOrAComplaintDoesNotScore() {
			Night night = night().with(home(URN), concern("K1", URN, monthsAgo(12), "safeguarding"),
					concern("K2", URN, daysAgo(5), "complaint"));
			assertThat(night.ruleIds(URN)).doesNotContain("HIS-CONCERNS");
		}

		@Test
		void inadequateWithinTwentyFourMonthsScores10EvenIfBetterNow() {
			Night night = night().with(home(URN), inadequate(URN, monthsAgo(24).plusDays(1)),
					full(URN, monthsAgo(3), Grade.GOOD));
			assertThat(night.reason(URN, "HIS-INADEQUATE").orElseThrow().points()).isEqualTo(10);
		}

		@Test
		void inadequateTwentyFourMonthsAgoDoesNotScore() {
			Night night = night().with(home(URN), inadequate(URN, monthsAgo(24)), full(URN, monthsAgo(3), Grade.GOOD));
			assertThat(night.ruleIds(URN)).doesNotContain("HIS-INADEQUATE");
		}

	}

	@Nested
	class QualityAssurance {

		@Test
		void latestVisitInadequateScores30() {
			Night night = night().with(home(URN), qaVisit(URN, daysAgo(20), Grade.INADEQUATE));
			Reason reason = night.reason(URN, "QA-OUTCOME").orElseThrow();
			assertThat(reason.points()).isEqualTo(30);
			assertThat(reason.fact()).isEqualTo("Latest QA visit " + daysAgo(20) + ": Inadequate");
		}

		@Test
		void latestVisitRequiresImprovementScores15() {
			Night night = night().with(home(URN), qaVisit(URN, daysAgo(20), Grade.REQUIRES_IMPROVEMENT));
			assertThat(night.reason(URN, "QA-OUTCOME").orElseThrow().points()).isEqualTo(15);
		}

		@Test
		void goodVisitAfterAnInadequateOneDoesNotScore() {
			Night night = night().with(home(URN), qaVisit(URN, daysAgo(200), Grade.INADEQUATE),
					qaVisit(URN, daysAgo(20), Grade.GOOD));
			assertThat(night.ruleIds(URN)).doesNotContain("QA-OUTCOME");
		}

		@Test
		void childrenPlacedAndNeverVisitedScores10() {
			Night night = night().with(home(URN), placed("C1", URN));
			Reason reason = night.reason(URN, "QA-NEVER").orElseThrow();
			assertThat(reason.points()).isEqualTo(10);
			assertThat(reason.date()).isEqualTo(daysAgo(200));
		}

		@Test
		void anyVisitEverOrNoChildPlacedDoesNotScoreQaNever() {
			Night night = night().with(home(URN), placed("C1", URN), qaVisit(URN, monthsAgo(40), Grade.GOOD),
					home("SC100002"));
			assertThat(night.ruleIds(URN)).doesNotContain("QA-NEVER");
			assertThat(night.ruleIds("SC100002")).doesNotContain("QA-NEVER");
		}

	}

	@Nested
	class Viability {

		@Test
		void latestCheckAmberScores10() {
			Night night = night().with(home(URN), viability(" ACME care ltd ", daysAgo(30), "Amber"));
			Reason reason = night.reason(URN, "VIA-AMBER").orElseThrow();
			assertThat(reason.points()).isEqualTo(10);
			assertThat(reason.date()).isEqualTo(daysAgo(30));
		}

		@Test
		void amberFollowedByGreenDoesNotScore() {
			Night night = night().with(home(URN), viability(PROVIDER, daysAgo(300), "Amber"),
					viability(PROVIDER, daysAgo(30), "Green"));
			assertThat(night.ruleIds(URN)).doesNotContain("VIA-AMBER", "VIA-RED");
		}

		@Test
		void latestCheckRedScores25() {
			Night night = night().with(home(URN), viability(PROVIDER, daysAgo(30), "Red"));
			assertThat(night.reason(URN, "VIA-RED").orElseThrow().points()).isEqualTo(25);
		}

		@Test
		void redFollowedByAmberScoresAmberOnly() {
			Night night = night().with(home(URN), viability(PROVIDER, daysAgo(300), "Red"),
					viability(PROVIDER, daysAgo(30), "Amber"));
			assertThat(night.ruleIds(URN)).contains("VIA-AMBER").doesNotContain("VIA-RED");
		}

	}

}
