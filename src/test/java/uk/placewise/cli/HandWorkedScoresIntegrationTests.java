package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: each setting of the acceptance inbox scores, bands, is visited and flags its children as
 * worked out by hand from risk-model.md (as of Friday 20 November 2026: the last complete month is
 * October; "in the last 90 days" means after 2026-08-22, "12 months" after 2025-11-20). The rows are
 * provider-risk.csv (score, band, visit every N months, reasons), visit-schedule.csv (next due,
 * overdue) and panel-flags.csv (child, flag, status, first raised).
 */
class HandWorkedScoresIntegrationTests extends AcceptanceInboxIntegrationTests {

	@Test
	void everyNightCompletesAndTheFirstIngestsEveryFeedWithoutRejects() {
		// given the three nights run by the base class
		// then
		assertThat(nights()).allSatisfy(n -> assertThat(n.completed()).as(n.failure()).isTrue());
		assertThat(nights().get(0).files()).hasSize(16).allSatisfy(f -> assertThat(f.status()).isEqualTo("ingested"));
		assertThat(nights().get(0).rejected()).isZero();
	}

	@Nested
	class EachSettingAsWorkedOutByHand {

		@Test
		void acornHouseRequiresImprovementWithNoOctoberReg44AndNoQaVisitIsHigh() throws Exception {
			// OFS-RI 25 (full inspection 2026-05-12: RI) + QA-NEVER 10 (A01 placed 2026-08-03, never visited)
			// + R44-MISSING 10 (no report for 2026-10; September's 2026-09-14 is there) = 45 → High → every 3 months
			assertThat(row("provider-risk.csv", "SC800001")).isEqualTo(
					"SC800001,Acorn House,Amberly Care Ltd,CHILDRENS_HOME,45,High,3,OFS-RI:25;QA-NEVER:10;R44-MISSING:10");
			// never visited, High: first visit within 1 month of 2026-08-03 → 2026-09-03, overdue
			assertThat(due("SC800001")).isEqualTo("2026-09-03 overdue");
			// A01: M14 5 → LS6 2 is about 37 miles, no QA visit → DISTANT_UNVISITED since the September night
			assertThat(flagsAt("SC800001")).containsExactly("A01 DISTANT_UNVISITED continuing 2026-09-30");
		}

		@Test
		void birchLodgeInadequateUnderRestrictionWithRepeatMissingScores250() throws Exception {
			// OFS-INADEQUATE 50 (2026-09-08) + HIS-CONCERNS 30 (4 in 12 months: 10 each, capped at 30)
			// + OFS-ENFORCEMENT 30 (restriction since 2026-09-22) + QA-OUTCOME 30 (QA visit 2026-10-06: Inadequate)
			// + MIS-RATE 25 (4 episodes after 2026-08-22: B01 x3, B02 x1 / 2 children = 2.0)
			// + OFS-DECLINED 15 (Good 2025-08-20 → Inadequate) + R44-WELLBEING 15 (October report: No)
			// + HIS-INADEQUATE 10 + MIS-REPEAT 10 (B01: 3 since 2026-10-21) + R44-ACTIONS 10 (3 outstanding)
			// + SDQ-COMPLEX 10 (B01 18 is the only score: 1 of 1) + VIA-AMBER 10 (Northway: Red 2025, Amber 2026)
			// + MIS-RHI 5 (2 of 3 interviews within 72 hours = 66.7% < 80%) = 250 → Critical → every month
			assertThat(row("provider-risk.csv", "SC800002")).isEqualTo("SC800002,Birch Lodge,Northway Homes Ltd,"
					+ "CHILDRENS_HOME,250,Critical,1,OFS-INADEQUATE:50;HIS-CONCERNS:30;OFS-ENFORCEMENT:30;QA-OUTCOME:30;"
					+ "MIS-RATE:25;OFS-DECLINED:15;R44-WELLBEING:15;HIS-INADEQUATE:10;MIS-REPEAT:10;R44-ACTIONS:10;"
					+ "SDQ-COMPLEX:10;VIA-AMBER:10;MIS-RHI:5");
			// last QA visit 2026-10-06 + 1 month
			assertThat(due("SC800002")).isEqualTo("2026-11-06 overdue");
			// inadequate and restricted since the September night; B01's third episode in 30 days is new tonight
			assertThat(flagsAt("SC800002")).containsExactly("B01 ENFORCEMENT continuing 2026-09-30",
					"B01 INADEQUATE_SETTING continuing 2026-09-30", "B02 ENFORCEMENT continuing 2026-09-30",
					"B02 INADEQUATE_SETTING continuing 2026-09-30", "B01 REPEAT_MISSING new 2026-11-20");
		}

		@Test
		void cedarViewWhoseLatestReg44SaysUnsafeIsCriticalBelowSixty() throws Exception {
			// R44-UNSAFE 30 (October report: children not safeguarded) + SDQ-COMPLEX 10 (C01 22: 1 of 1)
			// + SDQ-RISING 10 (C01 14 in 2025, before the placement of 2025-11-01, now 22: +8) + OFS-GOOD 5
			// = 55 → Critical by the R44-UNSAFE floor → every month
			assertThat(row("provider-risk.csv", "SC800003")).isEqualTo("SC800003,Cedar View,Cedar Homes Ltd,"
					+ "CHILDRENS_HOME,55,Critical,1,R44-UNSAFE:30;SDQ-COMPLEX:10;SDQ-RISING:10;OFS-GOOD:5");
			// last QA visit 2026-04-15 + 1 month; the compliance notice ended 2026-04-30 and scores nothing
			assertThat(due("SC800003")).isEqualTo("2026-05-15 overdue");
			assertThat(flagsAt("SC800003")).containsExactly("C01 REG44_UNSAFE continuing 2026-10-31",
					"C01 SDQ_CONCERN continuing 2026-09-30");
		}

		@Test
		void damsonFosteringWithARedProviderAndAStaleInspectionIsCriticalByScore() throws Exception {
			// VIA-RED 25 (Crestline 2026-08-15) + QA-OUTCOME 15 (2026-07-01: RI) + HIS-CONCERNS 10 (one
			// allegation 2026-02-10; the complaint and the 2025-10-01 concern do not count) + OFS-STALE 10
			// (agency, last full inspection 2023-06-01, over 36 months) + OFS-GOOD 5 = 65 → Critical → every month
			assertThat(row("provider-risk.csv", "SC800004")).isEqualTo("SC800004,Damson Fostering,Crestline Childcare Ltd,"
					+ "INDEPENDENT_FOSTERING_AGENCY,65,Critical,1,VIA-RED:25;QA-OUTCOME:15;HIS-CONCERNS:10;OFS-STALE:10;OFS-GOOD:5");
			assertThat(due("SC800004")).isEqualTo("2026-08-01 overdue");
			// Critical for no flagged reason of its own → CRITICAL_SETTING (it was 75 in September too)
			assertThat(flagsAt("SC800004")).containsExactly("D01 CRITICAL_SETTING continuing 2026-09-30");
		}

		@Test
		void elmRiseSupportedAccommodationWithInconsistentDeliveryIsHigh() throws Exception {
			// OFS-RI 25 ("Inconsistent quality of service delivery" counts as RI) + MIS-RATE 15 (E01's 3 October
			// episodes / 2 children = 1.5) + QA-NEVER 10 = 50 → High → every 3 months. MIS-REPEAT no longer
			// applies (none after 2026-10-21); it did on 31 October, which made Elm Rise Critical then (60).
			assertThat(row("provider-risk.csv", "2800005")).isEqualTo("2800005,Elm Rise,Harbour Housing CIC,"
					+ "SUPPORTED_ACCOMMODATION,50,High,3,OFS-RI:25;MIS-RATE:15;QA-NEVER:10");
			// never visited: within 1 month of the first placement, 2026-02-02
			assertThat(due("2800005")).isEqualTo("2026-03-02 overdue");
			// E02 is 15 in K3; October's CRITICAL_SETTING and REPEAT_MISSING are resolved, not dropped
			assertThat(flagsAt("2800005")).containsExactly("E02 UNDER16_UNREGULATED continuing 2026-09-30",
					"E01 CRITICAL_SETTING resolved 2026-10-31", "E01 REPEAT_MISSING resolved 2026-10-31",
					"E02 CRITICAL_SETTING resolved 2026-10-31");
		}

		@Test
		void fernCottageNeverInspectedWithNoReg45IsMedium() throws Exception {
			// OFS-NONE 20 (registered 2026-04-01, no judgement) + R45-OVERDUE 10 (no review in 7 months) = 30
			// → Medium → every 6 months. QA-NEVER went with the visit of 2026-11-05 (it was High, 40, before).
			assertThat(row("provider-risk.csv", "SC800006"))
				.isEqualTo("SC800006,Fern Cottage,Fernlea Care Ltd,CHILDRENS_HOME,30,Medium,6,OFS-NONE:20;R45-OVERDUE:10");
			assertThat(due("SC800006")).isEqualTo("2027-05-05 due");
			assertThat(flagsAt("SC800006")).isEmpty();
		}

		@Test
		void anOutstandingHomeWithEverythingInOrderScoresNothing() throws Exception {
			// Outstanding 2026-02-01 (no points), Reg 44 every month, Reg 45 2026-06-30, QA 2026-03-03 Good
			// = 0 → Low → every 12 months. Its name is a formula, written neutralised.
			assertThat(row("provider-risk.csv", "SC800007"))
				.isEqualTo("SC800007,\"'=HYPERLINK(\"\"x\"\")\",Greenway Care Ltd,CHILDRENS_HOME,0,Low,12,");
			assertThat(due("SC800007")).isEqualTo("2027-03-03 due");
			assertThat(flagsAt("SC800007")).isEmpty();
		}

		@Test
		void hazelLodgeGoodButDeclinedAtItsInterimIsMedium() throws Exception {
			// OFS-DECLINED 15 (interim 2026-08-12 "Declined in effectiveness" after the full Good of 2026-01-20)
			// + OFS-GOOD 5 = 20 → Medium → every 6 months. A notice of proposal to cancel is not in force,
			// and 2 outstanding recommendations are one short of R44-ACTIONS.
			assertThat(row("provider-risk.csv", "SC800008"))
				.isEqualTo("SC800008,Hazel Lodge,Greenway Care Ltd,CHILDRENS_HOME,20,Medium,6,OFS-DECLINED:15;OFS-GOOD:5");
			// last visit 2026-05-20 + 6 months = today: due, not overdue
			assertThat(due("SC800008")).isEqualTo("2026-11-20 due");
			// H01: the =HYPERLINK home (open when the window began), own foster carers 2026-02-01, Hazel
			// Lodge 2026-06-01 = 3 placements; the 2026-08-01 episode is a legal status change (RNE L)
			assertThat(flagsAt("SC800008")).containsExactly("H01 INSTABILITY continuing 2026-09-30");
		}

		@Test
		void ivyHouseUnderAComplianceNoticeIsCriticalBelowSixty() throws Exception {
			// OFS-ENFORCEMENT 30 (compliance notice since 2026-11-02) + OFS-GOOD 5 = 35 → Critical by the
			// enforcement floor → every month (it was Low, 5, on 31 October)
			assertThat(row("provider-risk.csv", "SC800009"))
				.isEqualTo("SC800009,Ivy House,Ivy Homes Ltd,CHILDRENS_HOME,35,Critical,1,OFS-ENFORCEMENT:30;OFS-GOOD:5");
			// last visit 2025-10-01 + 1 month
			assertThat(due("SC800009")).isEqualTo("2025-11-01 overdue");
			assertThat(flagsAt("SC800009")).containsExactly("I01 ENFORCEMENT new 2026-11-20");
		}

		@Test
		void juniperFosteringJudgedInadequateOverTwoYearsAgoIsCriticalAtFifty() throws Exception {
			// OFS-INADEQUATE 50 (2024-06-01; not stale for an agency, and older than the 24 months of
			// HIS-INADEQUATE; Juniper's viability is Green, matched despite case and a trailing space)
			// = 50 → Critical by the OFS-INADEQUATE floor → every month
			assertThat(row("provider-risk.csv", "SC800010")).isEqualTo(
					"SC800010,Juniper Fostering,Juniper Care Ltd,INDEPENDENT_FOSTERING_AGENCY,50,Critical,1,OFS-INADEQUATE:50");
			assertThat(due("SC800010")).isEqualTo("2026-10-09 overdue");
			assertThat(flagsAt("SC800010")).containsExactly("J01 INADEQUATE_SETTING continuing 2026-09-30");
		}

		@Test
		void anUnregisteredSupportedFlatFromTheCouncilsRegisterIsLow() throws Exception {
			// QA-NEVER 10 (K01 placed 2026-10-05); not registered, so no Ofsted factor = 10 → Low → every 12 months
			assertThat(row("provider-risk.csv", "LOC-01"))
				.isEqualTo("LOC-01,Harbour Flat,Harbour Housing CIC,SUPPORTED_ACCOMMODATION,10,Low,12,QA-NEVER:10");
			// never visited, Low: within 3 months of 2026-10-05
			assertThat(due("LOC-01")).isEqualTo("2027-01-05 due");
			// K01 is 17 in supported accommodation with no Ofsted registration
			assertThat(flagsAt("LOC-01")).containsExactly("K01 UNREGISTERED_SUPPORTED continuing 2026-10-31");
		}

		@Test
		void settingsWithNoChildPlacedAreNotAssessed() throws Exception {
			// Larch House (suspended) and Kestrel Adoption are in the provider list; nobody is placed there
			assertThat(lines("provider-risk.csv")).hasSize(1 + 11)
				.noneMatch(l -> l.startsWith("SC800012,") || l.startsWith("SC800013,"));
		}

		/** "next_due overdue|due" from visit-schedule.csv. */
		private String due(String urn) throws Exception {
			List<String> cells = Arrays.asList(row("visit-schedule.csv", urn).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
			return cells.get(6) + " " + (cells.get(7).equals("yes") ? "overdue" : "due");
		}
	}

	@Nested
	class ExplainingOneSetting {

		@Test
		void showsNameProviderScoreBandFrequencyNextDueAndReasonsNewestFirst() throws Exception {
			// when
			int exit = new ExplainCommand(context, stdout(), stderr()).run(command("explain", "sc800001"), AS_OF);
			// then
			String text = out.toString(StandardCharsets.UTF_8);
			assertThat(exit).isZero();
			assertThat(text).contains("SC800001  Acorn House", "Provider:   Amberly Care Ltd", "Score:      45, band High",
					"every 3 months", "last never", "next due 2026-09-03 (OVERDUE)",
					"placewise explain: ok: SC800001 scored 45 (High) as of 2026-11-20");
			// newest evidence first: October's missing report, the placement of 2026-08-03, the inspection of 2026-05-12
			assertThat(text.lines().filter(l -> l.startsWith("  20")).toList()).satisfiesExactly(
					l -> assertThat(l).contains("2026-10-31", "R44-MISSING", "+10", "No Reg 44 report for 2026-10"),
					l -> assertThat(l).contains("2026-08-03", "QA-NEVER", "+10", "[ssda903_episodes.csv:2]"),
					l -> assertThat(l).contains("2026-05-12", "OFS-RI", "+25", "Requires improvement to be good",
							"[ofsted_providers_2026-10.csv:6]"));
		}

		@Test
		void anUnknownUrnExitsOneWithAMessage() {
			// when
			int exit = new ExplainCommand(context, stdout(), stderr()).run(command("explain", "SC999999"), AS_OF);
			// then
			assertThat(exit).isEqualTo(1);
			assertThat(err.toString(StandardCharsets.UTF_8))
				.contains("placewise explain: failed: SC999999 was not assessed in the run as of 2026-11-20");
			assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
		}
	}
}
