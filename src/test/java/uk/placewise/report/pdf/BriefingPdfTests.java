package uk.placewise.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The briefing PDF from briefings built in code, reloaded as a reader sees it. */
class BriefingPdfTests {

	static Path written(Briefing b, String name) throws Exception {
		Path pdf = Fixtures.out("briefing/" + name + ".pdf");
		new BriefingPdf(ReportsFolder.defaults()).write(b, pdf);
		return pdf;
	}

	@Test
	void aBusyHomeFitsOnTwoPagesEachMarkedOfficialSensitive() throws Exception {
		Path pdf = written(BriefingFixtures.busyHome(), "busy");
		PdfReading.preview(pdf, "briefing-busy", 1, 2);
		assertThat(PdfReading.pages(pdf)).isBetween(1, 2);
		for (int page = 1; page <= PdfReading.pages(pdf); page++) {
			assertThat(PdfReading.page(pdf, page)).contains("OFFICIAL-SENSITIVE");
		}
	}

	@Test
	void putsWhatToLookAtBesideTheFirstReasonOfItsCode() throws Exception {
		String text = PdfReading.flat(PdfReading.all(written(BriefingFixtures.busyHome(), "busy")));
		assertThat(text).contains("What to look at", "Ask for the action plan.", "Read each concern");
		assertThat(text.split("Read each concern", -1)).as("printed once, not for each HIS-CONCERNS").hasSize(2);
	}

	@Test
	void givesEachSectionsCountAndTheReturnInterviewsOutstanding() throws Exception {
		String text = PdfReading.flat(PdfReading.all(written(BriefingFixtures.busyHome(), "busy")));
		assertThat(text).contains("Why this visit: 10 reasons, score 200", "Children placed: 3",
				"Missing in the last 90 days: 2 episodes, 1 return interview outstanding",
				"offered 10 Nov 2026, not completed", "not returned yet", "Open concerns: 1 · enforcement in force: 1",
				"Reg 44 visits: the last 6 reports", "Latest Reg 45 review: 29 May 2026 (175 days before the data date)", "children's home · 3 children placed");
	}

	@Test
	void aFileNameNeverLeavesItsFolderAndTwoOddIdsNeverShareOne() {
		assertThat(BriefingFixtures.busyHome().fileName()).isEqualTo("briefing-SC900001-2026-11-06.pdf");
		String slash = withUrn("../LOC/01").fileName();
		String underscore = withUrn("__LOC_01").fileName();
		assertThat(slash).startsWith("briefing-___LOC_01-").endsWith("-2026-11-06.pdf").doesNotContain("/");
		assertThat(underscore).isNotEqualTo(slash);
	}

	static Briefing withUrn(String urn) {
		Briefing b = BriefingFixtures.busyHome();
		return new Briefing(b.asOf(), b.council(), b.rulesetVersion(), urn, b.settingName(), b.provider(), b.settingType(),
				b.band(), b.score(), b.bandRule(), b.visitEveryMonths(), b.due(), b.overdue(), b.scheduleRule(),
				b.lastVisit(), b.reasons(), b.children(), b.reg44(), b.latestReg45(), b.concerns(), b.enforcements(),
				b.missing(), b.prompts());
	}

	@Test
	void aQuietSettingSaysWhatIsNotOnRecordRatherThanLeavingGaps() throws Exception {
		String text = PdfReading.flat(PdfReading.all(written(BriefingFixtures.quietAgency(), "quiet")));
		assertThat(text).contains("Setting (SC900002)", "No rule awarded points", "No child is placed here",
				"No child went missing", "No open concern and no Ofsted enforcement action in force.",
				"Reg 44 visits are made to children's homes; none is on record here.", "Last QA visit: none on record");
	}
}
