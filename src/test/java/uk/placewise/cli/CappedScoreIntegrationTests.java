package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.PlacewiseApplication;
import uk.placewise.RulesCopy;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.report.pdf.PdfReading;

/**
 * Issue 16, acceptance: a council caps the score at 80 in its copy of bands.drl's SCORE rule. Birch
 * Lodge's reasons still add up to 250 (HandWorkedScoresIntegrationTests), and every output shows the
 * rules' 80: provider-risk.csv, visit-schedule.csv, .ics and .pdf, explain, the dashboard's riskiest
 * settings and the panel pack. No output re-sums the reasons.
 */
@SpringBootTest(classes = PlacewiseApplication.class)
class CappedScoreIntegrationTests {

	static final Path DIR = TestFolders.fresh(CappedScoreIntegrationTests.class);

	static final Path INBOX = TestFolders.resources("acceptance/inbox");

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	static final Path OUT = DIR.resolve("out");

	static final Path REPORTS = DIR.resolve("reports");

	static final String BIRCH = "Birch Lodge SC800002 Northway Homes Ltd Critical 80";

	private static NightlyResult night;

	@DynamicPropertySource
	static void cappedRules(DynamicPropertyRegistry registry) {
		TestFolders.database(registry, DIR);
		Path rules = RulesCopy.of(DIR)
			.replace("bands.drl", "insert( new Score( $u, $total.intValue() ) );",
					"insert( new Score( $u, Math.min( 80, $total.intValue() ) ) );")
			.path();
		registry.add("placewise.rules", rules::toString);
	}

	@Autowired
	NightlyRun nightly;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	static void noNightYet() {
		night = null;
	}

	private synchronized void runTheNightOnce() throws Exception {
		if (night == null) {
			night = nightly.run(INBOX, OUT, AS_OF);
			assertThat(night.completed()).as(night.failure()).isTrue();
		}
	}

	@Test
	void theNightlyCsvFilesAndCalendarShowTheCappedScore() throws Exception {
		runTheNightOnce();
		assertThat(Files.readString(OUT.resolve("provider-risk.csv")))
			.contains("SC800002,Birch Lodge,Northway Homes Ltd,CHILDRENS_HOME,80,Critical,1,OFS-INADEQUATE:50;")
			.doesNotContain(",250,");
		assertThat(Files.readString(OUT.resolve("visit-schedule.csv")))
			.contains("SC800002,Birch Lodge,Northway Homes Ltd,Critical,80,")
			.doesNotContain(",250,");
		// the calendar escapes commas (RFC 5545)
		assertThat(Files.readString(OUT.resolve("visit-schedule.ics")).replace("\r\n ", ""))
			.contains("Birch Lodge (SC800002)\\, Northway Homes Ltd\\nBand Critical\\, score 80\\,")
			.doesNotContain("score 250");
	}

	@Test
	void theVisitSchedulePdfShowsTheCappedScore() throws Exception {
		runTheNightOnce();
		String pdf = PdfReading.flat(PdfReading.all(OUT.resolve("visit-schedule.pdf")));
		assertThat(pdf).contains(BIRCH).doesNotContain(" 250 ");
	}

	@Test
	void explainShowsTheCappedScoreAndSaysItIsNotTheSumOfThePoints() throws Exception {
		runTheNightOnce();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = new ExplainCommand(context, print(out), print(new ByteArrayOutputStream()))
			.run(command("explain", "SC800002"), AS_OF);
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("Score:      80, band Critical (BAND-CRITICAL); the rules' score, not the sum of the points below (250)")
			.contains("placewise explain: ok: SC800002 scored 80 (Critical)");
	}

	@Test
	void theDashboardsRiskiestSettingsShowTheCappedScore() throws Exception {
		runTheNightOnce();
		int exit = new ReportCommands(context, print(new ByteArrayOutputStream()), print(new ByteArrayOutputStream()))
			.dashboard(command("dashboard", "--month", YearMonth.from(AS_OF).toString(), "--out", REPORTS.toString()));
		assertThat(exit).isZero();
		String pdf = PdfReading.flat(PdfReading.all(REPORTS.resolve("dashboard-2026-11.pdf")));
		assertThat(pdf).contains("1 " + BIRCH + " OFS-INADEQUATE (50)").doesNotContain(" 250 ");
	}

	@Test
	void thePanelPackShowsTheCappedScore() throws Exception {
		runTheNightOnce();
		int exit = new ReportCommands(context, print(new ByteArrayOutputStream()), print(new ByteArrayOutputStream()))
			.panel(command("panel", "--out", REPORTS.toString(), "--as-of", AS_OF.toString()), AS_OF);
		assertThat(exit).isZero();
		String pdf = PdfReading.flat(PdfReading.all(REPORTS.resolve("panel-pack-" + AS_OF + ".pdf")));
		assertThat(pdf).contains("Setting SC800002: band Critical, score 80").doesNotContain("score 250");
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	private static CommandLine command(String... args) {
		return CommandLine.parse(args, Main.COMMANDS);
	}
}
