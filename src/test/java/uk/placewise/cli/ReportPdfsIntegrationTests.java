package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.placewise.report.pdf.PdfReading;

/**
 * Issue 7: the three PDFs of the acceptance inbox, reloaded as a reader sees them, against numbers
 * counted by hand from the fixture files. Children of the as-of night (14): A01 Acorn, B01 B02 Birch,
 * C01 Cedar, D01 Damson, E01 E02 Elm Rise, F01 Fern, G01 =HYPERLINK, H01 Hazel, I01 Ivy, J01 Juniper,
 * K01 Harbour Flat, and L01 with the council's own foster carers (PR1). Page 1 of each PDF is
 * rendered to target/acceptance-previews/ for a person to look at.
 */
class ReportPdfsIntegrationTests extends AcceptanceInboxIntegrationTests {

	static final Path REPORTS = DIR.resolve("reports");

	@Nested
	class TheDirectorsDashboard {

		@Test
		void showsEachMeasureAsCountedByHand() throws Exception {
			// when: November as of the 20th, a month in progress: every value is marked "month to date"
			String page1 = PdfReading.flat(PdfReading.page(dashboard(YearMonth.of(2026, 11)), 1));
			// then
			assertThat(page1).contains("Placement quality dashboard: November 2026 (month to date)",
					"November 2026 is not complete: every measure is for 1 to 20 November 2026 only.");
			// K1: 13 children are external (PR4/PR5: all but L01); at Good or Outstanding settings: C01 Cedar,
			// D01 Damson, G01 =HYPERLINK (Outstanding), H01 Hazel, I01 Ivy = 5 → 5/13 = 38.5%
			assertThat(page1).contains("K1 RED Children in external placements at Good or Outstanding settings 38.5% month to date Target 100%");
			// K2: B01, B02 (Birch Lodge) and J01 (Juniper Fostering) are at settings judged Inadequate = 3
			assertThat(page1).contains("K2 RED Children at settings judged Inadequate 3 month to date Target 0");
			// K3: 13 distances known (G01 has no HOME_POST); over 20 miles: A01 M14 5→LS6 2 (~37),
			// B02 CH1 2→SK9 1 (~29), J01 M14 5→CH1 2 (~33) = 3/13 = 23.1%
			assertThat(page1).contains("K3 RED Children placed more than 20 miles from home 23.1% month to date Target 10% or less "
					+ "1 with distance unknown (left out)");
			// K4 in force on 2026-11-20 (B02's old rate ended 2026-06-30; F01's starts 2026-12-01):
			// residential (5200 + 6100 + 5900 + 4800) / 4 = 5500; IFA (950 + 1050) / 2 = 1000;
			// supported (1650 + 1550 + 1400) / 3 = 1533.33
			assertThat(page1).contains("Average weekly cost, residential £5,500 month to date Target £2,800 or less",
					"Average weekly cost, IFA £1,000 month to date Target £760 or less",
					"Average weekly cost, supported accommodation £1,533 month to date No target set");
			// K5: QA visit since 2025-11-20 at Birch (B01, B02), Cedar, Damson, Fern, =HYPERLINK, Hazel, Juniper
			// = 8 of 13; not A01 Acorn, E01 E02 Elm Rise, I01 Ivy (2025-10-01), K01 Harbour Flat → 61.5%
			assertThat(page1).contains("K5 RED Children whose setting had a QA visit in the last 12 months 61.5% month to date Target 100%");
			// K6: episodes starting 1-20 November: B01 on 3rd and 12th = 2, one child; October had 4
			// (E01 x3, B01 on 25th), but 20 days are not set against a whole month: no rating (issue 16)
			assertThat(page1).contains("K6 Missing episodes this month 2 month to date Target: falling month on month "
					+ "1 child missing this month");
			// K7, the DfE's definition: aged 5-16 and looked after continuously since 2025-11-20: B02 (since
			// 2025-07-01), C01 (2025-11-01), D01 (2022), H01 (2025-09-01, four episodes end to end), J01 (2023,
			// then 2025-03-01) and L01 (2023) = 6; scored after 2025-11-20: C01 22, H01 16, L01 8 = 3 → 50%.
			// Latest scores of the children placed: A01 12, B01 18, C01 22, F01 9, G01 5, H01 16, L01 8 (D01's row
			// is blank): mean 90 / 7 = 12.86; 17+: B01, C01
			assertThat(page1).contains("K7 RED SDQ completion (DfE): ages 5-16, looked after 12 months or more 50% "
					+ "month to date Target 95% or more · England 78% mean SDQ 12.86; 17+: 2 children");
			// K8: 3+ placements in 12 months: H01 only = 1/14 = 7.1%; long-term (under 16, looked after since
			// 2024-05-20 or before): D01 (since 2022) and L01 (since 2023) settled, J01 at Juniper only since
			// 2025-03-01 → 2/3 = 66.7%
			assertThat(page1).contains("K8 GREEN Children with 3 or more placements in 12 months (DfE) 7.1% month to date "
					+ "Target 10% or less · England 10% long-term stability 66.7%");
			// K9: Critical Birch, Damson, Cedar, Juniper, Ivy = 5; High Elm Rise, Acorn; Medium Fern, Hazel;
			// Low Harbour Flat, =HYPERLINK
			assertThat(page1).contains("K9 Settings in the Critical risk band 5 month to date No target set High 2, Medium 2, Low 2");
			// K10: overdue Ivy, Elm Rise, Cedar, Damson, Acorn, Juniper, Birch = 7; due in November Birch
			// (11-06) and Hazel (11-20) = 2; done in November: Fern (11-05) = 1
			assertThat(page1).contains("K10 RED QA visits overdue 7 month to date Target 0 2 due, 1 done this month");
			// K11: 7 homes (Acorn, Birch, Cedar, Fern, =HYPERLINK, Hazel, Ivy); October Reg 44 report from all
			// but Acorn = 6/7 = 85.7%; Reg 45 after 2026-05-20: all but Fern (none) and Ivy (05-10) = 5/7 = 71.4%
			assertThat(page1).contains("K11-reg44 RED Reg 44 reports received for last month 85.7% month to date Target 100%",
					"K11-reg45 RED Homes with a Reg 45 review in the last 6 months 71.4% month to date Target 100%");
			// K12: 17 flag rows less 3 resolved = 14 open; new in November: I01 ENFORCEMENT, B01 REPEAT_MISSING
			assertThat(page1).contains("K12 Open panel flags 14 month to date No target set 2 new this month");
		}

		@Test
		void listsTheRiskiestSettingsTheBandChangesMissingRatesAndVisitsByBand() throws Exception {
			// when
			String all = PdfReading.flat(PdfReading.all(dashboard(YearMonth.of(2026, 11))));
			// then: trends have three months of data (September, October, November)
			assertThat(all).contains("No data for 9 of the 12 months");
			assertThat(all).contains("1 Birch Lodge SC800002 Northway Homes Ltd Critical 250 OFS-INADEQUATE (50)",
					"10 Harbour Flat LOC-01 Harbour Housing CIC Low 10 QA-NEVER (10)")
				.doesNotContain("HYPERLINK");
			// band changes since 31 October: Ivy Low (5) → Critical; Acorn Medium (35: September's Reg 44 was
			// in) → High; Elm Rise Critical (60 with MIS-REPEAT) → High; Fern High (40 with QA-NEVER) → Medium
			assertThat(all).contains("Ivy House SC800009 Ivy Homes Ltd Low Critical 35 Worse",
					"Acorn House SC800001 Amberly Care Ltd Medium High 45 Worse",
					"Elm Rise 2800005 Harbour Housing CIC Critical High 50 Better",
					"Fern Cottage SC800006 Fernlea Care Ltd High Medium 30 Better");
			// missing this month at settings with children placed: Birch 2 episodes / 2 children = 1.0
			assertThat(all).contains("Birch Lodge SC800002 Northway Homes Ltd 2 2 1.0");
			// due / done / overdue by band, as K10
			assertThat(all).contains("Critical 1 0 5 High 0 0 2 Medium 1 1 0 Low 0 0 0 All settings 2 1 7");
		}

		@Test
		void aCompleteMonthIsNotMarkedMonthToDateAndRatesAFallingMeasureAgainstTheMonthBefore() throws Exception {
			// when: October, as of its last day
			String all = PdfReading.flat(PdfReading.all(dashboard(YearMonth.of(2026, 10))));
			// then: October's 4 missing episodes (E01 x3, B01 on the 25th) against September's 1 (B02 on the 5th)
			assertThat(all).doesNotContain("month to date").doesNotContain("is not complete");
			assertThat(all).contains("K6 RED Missing episodes this month 4 Target: falling");
		}

		@Test
		void theFirstStoredMonthSaysThereIsNoComparisonRatherThanNoChange() throws Exception {
			// when: September 2026, the first month with a stored run (August has none)
			String all = PdfReading.flat(PdfReading.all(dashboard(YearMonth.of(2026, 9))));
			// then
			assertThat(all).contains("No comparison: no nightly run is stored for August 2026")
				.doesNotContain("No setting changed band");
		}

		@Test
		void aMonthWithNoNightlyRunSaysSoInsteadOfShowingZeros() throws Exception {
			// when: August 2026 has no stored run
			Path pdf = dashboard(YearMonth.of(2026, 8));
			String all = PdfReading.flat(PdfReading.all(pdf));
			// then: each of the 15 tiles and each table says so; no value is drawn
			assertThat(all.split("No data for August 2026", -1)).hasSizeGreaterThan(15 + 4);
			// no tile has a RAG rating, and no number stands where a value would ("0% Target", "0 Target")
			assertThat(all).doesNotContainPattern("K\\d+(-\\w+)? (RED|AMBER|GREEN)");
			assertThat(all.replace("No data for August 2026", "")).doesNotContainPattern("[\\d%] Target");
			PdfReading.preview(pdf, PREVIEWS, "dashboard-2026-08-no-data", 1);
		}

		@Test
		void namesNoChildAndNoDateOfBirth() throws Exception {
			String all = PdfReading.all(dashboard(YearMonth.of(2026, 11)));
			assertThat(all).doesNotContain(datesOfBirth()).doesNotContain("A01", "B01", "K01");
			PdfReading.preview(dashboard(YearMonth.of(2026, 11)), PREVIEWS, "dashboard-2026-11", 1, 2, 3);
		}
	}

	@Nested
	class ThePanelPack {

		@Test
		void isMarkedOfficialSensitiveOnEveryPage() throws Exception {
			Path pdf = panelPack();
			int pages = PdfReading.pages(pdf);
			assertThat(pages).isGreaterThan(1);
			for (int page = 1; page <= pages; page++) {
				assertThat(PdfReading.page(pdf, page)).as("page %d", page).contains("OFFICIAL-SENSITIVE");
			}
			PdfReading.preview(pdf, PREVIEWS, "panel-pack-2026-11-20", 1, pages);
		}

		@Test
		void countsTheOpenNewAndResolvedFlagsAsPanelFlagsCsv() throws Exception {
			String all = PdfReading.flat(PdfReading.all(panelPack()));
			// 14 open flags for B01 B02 C01 E02 I01 J01 K01 (urgent) and A01 D01 H01 (review only) = 10 children;
			// urgent: 2 ENFORCEMENT + 2 INADEQUATE_SETTING at Birch, REG44_UNSAFE, UNDER16_UNREGULATED,
			// I01 ENFORCEMENT, J01 INADEQUATE_SETTING, UNREGISTERED_SUPPORTED = 9; new tonight 2; resolved 3
			assertThat(all).contains("14 open flags for 10 children: 9 urgent, 5 for review. 2 raised since the last run; "
					+ "3 resolved.");
			assertThat(all).contains("ENFORCEMENT 3 0 3 1", "INADEQUATE_SETTING 3 0 3 0", "REPEAT_MISSING 0 1 1 1",
					"All flags 9 5 14 2");
			// E01 has no open flag left: it appears only among the resolved
			assertThat(all).contains("Resolved since the last run", "E01");
		}

		@Test
		void namesChildrenOnlyByTheirCouncilIdWithNoDateOfBirth() throws Exception {
			String all = PdfReading.all(panelPack());
			assertThat(all).contains("Child B01", "Child K01").doesNotContain(datesOfBirth());
		}
	}

	@Nested
	class TheVisitSchedule {

		@Test
		void putsTheSevenOverdueVisitsFirstWithHowLateEachIs() throws Exception {
			Path pdf = OUT.resolve("visit-schedule.pdf");
			String all = PdfReading.flat(PdfReading.all(pdf));
			// 11 settings; overdue as in visit-schedule.csv; due within 30 days: Hazel Lodge (today)
			assertThat(all).contains("11 settings with children placed: 7 visits overdue, 1 due in the next 30 days.");
			// Ivy: due 2025-11-01, 384 days before 2026-11-20 (365 + 19)
			assertThat(all).contains("OVERDUE 384 days Ivy House SC800009 Ivy Homes Ltd Critical 35 1 Oct 2025 1 Nov 2025 1");
			assertThat(all).contains("Acorn House SC800001 Amberly Care Ltd High 45 Never visited 3 Sep 2026 1");
			assertThat(all).doesNotContain(datesOfBirth());
			PdfReading.preview(pdf, PREVIEWS, "visit-schedule-2026-11-20", 1);
		}
	}

	/** The month's dashboard, written by the {@code dashboard} command in-process. */
	private Path dashboard(YearMonth month) throws Exception {
		Path pdf = REPORTS.resolve("dashboard-" + month + ".pdf");
		if (!Files.exists(pdf)) {
			int exit = new ReportCommands(context, stdout(), stderr())
				.dashboard(command("dashboard", "--month", month.toString(), "--out", REPORTS.toString()));
			assertThat(exit).isZero();
		}
		return pdf;
	}

	/** The panel pack as of the as-of night, written by the {@code panel} command in-process. */
	private Path panelPack() throws Exception {
		Path pdf = REPORTS.resolve("panel-pack-" + AS_OF + ".pdf");
		if (!Files.exists(pdf)) {
			int exit = new ReportCommands(context, stdout(), stderr())
				.panel(command("panel", "--out", REPORTS.toString(), "--as-of", AS_OF.toString()), AS_OF);
			assertThat(exit).isZero();
		}
		return pdf;
	}
}
