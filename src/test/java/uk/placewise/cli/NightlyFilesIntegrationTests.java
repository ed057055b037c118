package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.placewise.report.pdf.PdfReading;

/**
 * Issue 5: the nightly files of the acceptance inbox as of 2026-11-20, row for row, in their contract's
 * order (outputs.md); the calendar read back; and no child's date of birth anywhere.
 */
class NightlyFilesIntegrationTests extends AcceptanceInboxIntegrationTests {

	@Nested
	class ExactRows {

		@Test
		void providerRiskListsEverySettingByScoreWithReasonsByPoints() throws Exception {
			// each row is worked out in HandWorkedScoresIntegrationTests; ties (50) keep the stored order
			assertThat(text("provider-risk.csv")).isEqualTo(PROVIDER_RISK);
		}

		@Test
		void visitScheduleIsSortedByNextDueThenScoreDescending() throws Exception {
			// Ivy 2025-11-01 (last visit 2025-10-01 + 1 month), Elm Rise 2026-03-02 (placed 2026-02-02 + 1),
			// Cedar 2026-05-15, Damson 2026-08-01, Acorn 2026-09-03, Juniper 2026-10-09, Birch 2026-11-06:
			// overdue; Hazel 2026-11-20 (due today), Harbour Flat 2027-01-05, =HYPERLINK 2027-03-03, Fern 2027-05-05
			assertThat(text("visit-schedule.csv")).isEqualTo(VISIT_SCHEDULE);
		}

		@Test
		void panelFlagsListUrgentFirstThenByChildWithResolvedOnesKept() throws Exception {
			// first_raised is the night a flag was first raised: 30 September, 31 October or tonight;
			// E01 and E02 were flagged on 31 October, when Elm Rise was Critical (60), and are resolved now
			assertThat(text("panel-flags.csv")).isEqualTo(PANEL_FLAGS);
		}

		@Test
		void providerRollupShowsEachOrganisationsHighestBandAndCountsByBand() throws Exception {
			// Harbour Housing: Elm Rise High + Harbour Flat Low; Greenway: Hazel Medium + =HYPERLINK Low
			assertThat(text("provider-rollup.csv")).isEqualTo(PROVIDER_ROLLUP);
		}

		@Test
		void csvLinesEndInCrLf() throws Exception {
			for (String file : List.of("provider-risk.csv", "visit-schedule.csv", "panel-flags.csv", "provider-rollup.csv")) {
				String raw = Files.readString(OUT.resolve(file), StandardCharsets.UTF_8);
				assertThat(raw).as(file).endsWith("\r\n");
				assertThat(raw.replace("\r\n", "")).as(file).doesNotContain("\n", "\r");
			}
		}

		@Test
		void aSettingNameThatIsAFormulaIsWrittenAsText() throws Exception {
			// the provider list names SC800007 =HYPERLINK("x")
			for (String file : List.of("provider-risk.csv", "visit-schedule.csv")) {
				assertThat(row(file, "SC800007")).startsWith("SC800007,\"'=HYPERLINK(\"\"x\"\")\",");
			}
			assertThat(Files.readString(OUT.resolve("panel-flags.csv"))).doesNotContain(",=");
		}
	}

	@Nested
	class TheCalendar {

		@Test
		void hasOneAllDayEventPerScheduledVisitOnItsDueDate() throws Exception {
			// given
			Calendar calendar;
			try (InputStream in = Files.newInputStream(OUT.resolve("visit-schedule.ics"))) {
				calendar = new CalendarBuilder().build(in);
			}
			// when
			List<VEvent> events = calendar.getComponents(Component.VEVENT);
			// then: the eleven due dates of visit-schedule.csv, in its order
			assertThat(events).hasSize(11);
			assertThat(events.stream().map(e -> e.getStartDate().orElseThrow().getDate().toString()).toList())
				.containsExactly("2025-11-01", "2026-03-02", "2026-05-15", "2026-08-01", "2026-09-03", "2026-10-09",
						"2026-11-06", "2026-11-20", "2027-01-05", "2027-03-03", "2027-05-05");
			assertThat(events.get(0).getSummary().getValue()).isEqualTo("QA visit: Ivy House (SC800009, Critical)");
		}
	}

	@Nested
	class NoChildIsIdentifiable {

		@Test
		void noDateOfBirthFromTheInputsAppearsInAnyOutputFile() throws Exception {
			// given every DOB of the Header table, as the outputs could write a date
			List<String> dobs = datesOfBirth();
			assertThat(dobs).hasSize(14 * 4);
			// when every file of the three nights is read as a reader would (PDFs as their text)
			List<Path> files;
			try (Stream<Path> all = Files.walk(DIR.resolve("history")); Stream<Path> out = Files.walk(OUT)) {
				files = Stream.concat(all, out).filter(Files::isRegularFile).toList();
			}
			// then
			assertThat(files).hasSizeGreaterThanOrEqualTo(3 * 7);
			for (Path file : files) {
				String text = file.toString().endsWith(".pdf") ? PdfReading.all(file)
						: Files.readString(file, StandardCharsets.UTF_8);
				assertThat(text).as(file.toString()).doesNotContain(dobs);
			}
		}
	}

	/** An output file of the as-of night with its CRLF line ends made LF, to compare with a text block. */
	private static String text(String file) throws Exception {
		return Files.readString(OUT.resolve(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
	}

	static final String PROVIDER_RISK = """
				urn,setting_name,provider,setting_type,score,band,visit_every_months,reasons
				SC800002,Birch Lodge,Northway Homes Ltd,CHILDRENS_HOME,250,Critical,1,OFS-INADEQUATE:50;HIS-CONCERNS:30;OFS-ENFORCEMENT:30;QA-OUTCOME:30;MIS-RATE:25;OFS-DECLINED:15;R44-WELLBEING:15;HIS-INADEQUATE:10;MIS-REPEAT:10;R44-ACTIONS:10;SDQ-COMPLEX:10;VIA-AMBER:10;MIS-RHI:5
				SC800004,Damson Fostering,Crestline Childcare Ltd,INDEPENDENT_FOSTERING_AGENCY,65,Critical,1,VIA-RED:25;QA-OUTCOME:15;HIS-CONCERNS:10;OFS-STALE:10;OFS-GOOD:5
				SC800003,Cedar View,Cedar Homes Ltd,CHILDRENS_HOME,55,Critical,1,R44-UNSAFE:30;SDQ-COMPLEX:10;SDQ-RISING:10;OFS-GOOD:5
				2800005,Elm Rise,Harbour Housing CIC,SUPPORTED_ACCOMMODATION,50,High,3,OFS-RI:25;MIS-RATE:15;QA-NEVER:10
				SC800010,Juniper Fostering,Juniper Care Ltd,INDEPENDENT_FOSTERING_AGENCY,50,Critical,1,OFS-INADEQUATE:50
				SC800001,Acorn House,Amberly Care Ltd,CHILDRENS_HOME,45,High,3,OFS-RI:25;QA-NEVER:10;R44-MISSING:10
				SC800009,Ivy House,Ivy Homes Ltd,CHILDRENS_HOME,35,Critical,1,OFS-ENFORCEMENT:30;OFS-GOOD:5
				SC800006,Fern Cottage,Fernlea Care Ltd,CHILDRENS_HOME,30,Medium,6,OFS-NONE:20;R45-OVERDUE:10
				SC800008,Hazel Lodge,Greenway Care Ltd,CHILDRENS_HOME,20,Medium,6,OFS-DECLINED:15;OFS-GOOD:5
				LOC-01,Harbour Flat,Harbour Housing CIC,SUPPORTED_ACCOMMODATION,10,Low,12,QA-NEVER:10
				SC800007,"'=HYPERLINK(""x"")",Greenway Care Ltd,CHILDRENS_HOME,0,Low,12,
				""";

	static final String VISIT_SCHEDULE = """
				urn,setting_name,provider,band,score,last_visit,next_due,overdue,children_placed,reasons,capacity
				SC800009,Ivy House,Ivy Homes Ltd,Critical,35,2025-10-01,2025-11-01,yes,1,OFS-ENFORCEMENT:30;OFS-GOOD:5,
				2800005,Elm Rise,Harbour Housing CIC,High,50,,2026-03-02,yes,2,OFS-RI:25;MIS-RATE:15;QA-NEVER:10,
				SC800003,Cedar View,Cedar Homes Ltd,Critical,55,2026-04-15,2026-05-15,yes,1,R44-UNSAFE:30;SDQ-COMPLEX:10;SDQ-RISING:10;OFS-GOOD:5,
				SC800004,Damson Fostering,Crestline Childcare Ltd,Critical,65,2026-07-01,2026-08-01,yes,1,VIA-RED:25;QA-OUTCOME:15;HIS-CONCERNS:10;OFS-STALE:10;OFS-GOOD:5,
				SC800001,Acorn House,Amberly Care Ltd,High,45,,2026-09-03,yes,1,OFS-RI:25;QA-NEVER:10;R44-MISSING:10,
				SC800010,Juniper Fostering,Juniper Care Ltd,Critical,50,2026-09-09,2026-10-09,yes,1,OFS-INADEQUATE:50,
				SC800002,Birch Lodge,Northway Homes Ltd,Critical,250,2026-10-06,2026-11-06,yes,2,OFS-INADEQUATE:50;HIS-CONCERNS:30;OFS-ENFORCEMENT:30;QA-OUTCOME:30;MIS-RATE:25;OFS-DECLINED:15;R44-WELLBEING:15;HIS-INADEQUATE:10;MIS-REPEAT:10;R44-ACTIONS:10;SDQ-COMPLEX:10;VIA-AMBER:10;MIS-RHI:5,
				SC800008,Hazel Lodge,Greenway Care Ltd,Medium,20,2026-05-20,2026-11-20,no,1,OFS-DECLINED:15;OFS-GOOD:5,
				LOC-01,Harbour Flat,Harbour Housing CIC,Low,10,,2027-01-05,no,1,QA-NEVER:10,
				SC800007,"'=HYPERLINK(""x"")",Greenway Care Ltd,Low,0,2026-03-03,2027-03-03,no,1,,
				SC800006,Fern Cottage,Fernlea Care Ltd,Medium,30,2026-11-05,2027-05-05,no,1,OFS-NONE:20;R45-OVERDUE:10,
				""";

	static final String PANEL_FLAGS = """
				child,urn,setting_name,flag,severity,first_raised,status,evidence
				B01,SC800002,Birch Lodge,ENFORCEMENT,urgent,2026-09-30,continuing,Restriction of accommodation in force since 2026-09-22 (2026-09-22; ofsted_enforcement.csv:2)
				B01,SC800002,Birch Lodge,INADEQUATE_SETTING,urgent,2026-09-30,continuing,Latest full inspection 2026-09-08: Inadequate (2026-09-08; ofsted_inspection_events.csv:3)
				B02,SC800002,Birch Lodge,ENFORCEMENT,urgent,2026-09-30,continuing,Restriction of accommodation in force since 2026-09-22 (2026-09-22; ofsted_enforcement.csv:2)
				B02,SC800002,Birch Lodge,INADEQUATE_SETTING,urgent,2026-09-30,continuing,Latest full inspection 2026-09-08: Inadequate (2026-09-08; ofsted_inspection_events.csv:3)
				C01,SC800003,Cedar View,REG44_UNSAFE,urgent,2026-10-31,continuing,Reg 44 report for 2026-10: children not effectively safeguarded (2026-10-20; reg44_reports.csv:10)
				E02,2800005,Elm Rise,UNDER16_UNREGULATED,urgent,2026-09-30,continuing,Child E02 (age 15) placed in K3 since 2026-07-06: not allowed for under-16s since 2021-09-09 (2026-07-06; ssda903_episodes.csv:8)
				I01,SC800009,Ivy House,ENFORCEMENT,urgent,2026-11-20,new,Compliance notice in force since 2026-11-02 (2026-11-02; ofsted_enforcement.csv:3)
				J01,SC800010,Juniper Fostering,INADEQUATE_SETTING,urgent,2026-09-30,continuing,Latest full inspection 2024-06-01: Inadequate (2024-06-01; ofsted_inspection_events.csv:7)
				K01,LOC-01,Harbour Flat,UNREGISTERED_SUPPORTED,urgent,2026-10-31,continuing,"Child K01 (age 17) placed in K3 at LOC-01, not an active Ofsted registration since 2026-10-05: supported accommodation must be registered since 2023-10-28 (2026-10-05; ssda903_episodes.csv:18)"
				A01,SC800001,Acorn House,DISTANT_UNVISITED,review,2026-09-30,continuing,"Child A01: placed 37 miles from home, no QA visit to the setting in the 12 months to 2026-11-20 (2026-08-03; ssda903_episodes.csv:2)"
				B01,SC800002,Birch Lodge,REPEAT_MISSING,review,2026-11-20,new,"Child B01: 3 missing episodes in the 30 days to 2026-11-20, the latest on 2026-11-12 (2026-11-12; ssda903_missing.csv:4)"
				C01,SC800003,Cedar View,SDQ_CONCERN,review,2026-09-30,continuing,"Child C01: SDQ 22 on 2026-03-31, previous 14 on 2025-03-31 (2026-03-31; ssda903_oc2.csv:5)"
				D01,SC800004,Damson Fostering,CRITICAL_SETTING,review,2026-09-30,continuing,"Setting SC800004 banded Critical (BAND-CRITICAL, score 65) (2026-11-20; ssda903_episodes.csv:6)"
				E01,2800005,Elm Rise,CRITICAL_SETTING,review,2026-10-31,resolved,"Setting 2800005 banded Critical (BAND-CRITICAL, score 60) (2026-10-31; ssda903_episodes.csv:7)"
				E01,2800005,Elm Rise,REPEAT_MISSING,review,2026-10-31,resolved,"Child E01: 3 missing episodes in the 30 days to 2026-10-31, the latest on 2026-10-18 (2026-10-18; ssda903_missing.csv:9)"
				E02,2800005,Elm Rise,CRITICAL_SETTING,review,2026-10-31,resolved,"Setting 2800005 banded Critical (BAND-CRITICAL, score 60) (2026-10-31; ssda903_episodes.csv:8)"
				H01,SC800008,Hazel Lodge,INSTABILITY,review,2026-09-30,continuing,"Child H01: 3 placements in the 12 months to 2026-11-20, the current one since 2026-06-01 (2026-08-01; ssda903_episodes.csv:14)"
				""";

	static final String PROVIDER_ROLLUP = """
				provider,settings,highest_band,critical,high,medium,low
				Cedar Homes Ltd,1,Critical,1,0,0,0
				Crestline Childcare Ltd,1,Critical,1,0,0,0
				Ivy Homes Ltd,1,Critical,1,0,0,0
				Juniper Care Ltd,1,Critical,1,0,0,0
				Northway Homes Ltd,1,Critical,1,0,0,0
				Harbour Housing CIC,2,High,0,1,0,1
				Amberly Care Ltd,1,High,0,1,0,0
				Greenway Care Ltd,2,Medium,0,0,1,1
				Fernlea Care Ltd,1,Medium,0,0,1,0
				""";
}
