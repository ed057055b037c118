package uk.placewise.report.pdf;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VisitSchedulePdfTests {

	static final Path SCHEDULE = Fixtures.out("visit-schedule.pdf");

	static final String HEADER = "Status Setting Provider Band Score Last visit Next due Children Reasons (points)";

	@BeforeAll
	static void write() throws Exception {
		new VisitSchedulePdf().write(Fixtures.schedule(40), SCHEDULE);
		PdfReading.preview(SCHEDULE, "visit-schedule", 1, 2);
	}

	@Test
	void isLandscape() throws Exception {
		try (PDDocument document = Loader.loadPDF(SCHEDULE.toFile())) {
			assertThat(document.getPage(0).getMediaBox().getWidth())
				.isGreaterThan(document.getPage(0).getMediaBox().getHeight());
		}
	}

	@Test
	void overdueVisitsComeFirstMostOverdueAtTheTop() throws Exception {
		String page1 = PdfReading.flat(PdfReading.page(SCHEDULE, 1));
		assertThat(page1).contains("40 settings with children placed: 8 visits overdue");
		int mostOverdue = page1.indexOf("OVERDUE 40 days Setting 40");
		int leastOverdue = page1.indexOf("OVERDUE 5 days Setting 5");
		int firstScheduled = page1.indexOf("Setting 1 SC40001");
		assertThat(mostOverdue).isPositive().isLessThan(leastOverdue);
		assertThat(leastOverdue).isLessThan(firstScheduled);
	}

	@Test
	void longTableRepeatsItsHeaderOnPageTwo() throws Exception {
		assertThat(PdfReading.pages(SCHEDULE)).isGreaterThanOrEqualTo(2);
		String page2 = PdfReading.flat(PdfReading.page(SCHEDULE, 2));
		assertThat(page2).contains("QA visit schedule (continued)").contains(HEADER);
		assertThat(page2).contains("Page 2 of ");
	}

	@Test
	void longSettingNameIsWrappedNotClipped() throws Exception {
		String text = PdfReading.all(SCHEDULE);
		assertThat(PdfReading.flat(text)).contains(Fixtures.LONG_NAME);
		assertThat(text).doesNotContain(Fixtures.LONG_NAME);
	}

	@Test
	void lettersThatAFontCouldJoinExtractLetterForLetter() throws Exception {
		// given a name with fi, fl, ff, ffi and ft: the letters a font's GSUB table may join in a ligature
		Path pdf = Fixtures.out("visit-schedule-ligatures.pdf");
		ScheduleRow row = new ScheduleRow("SC900001", "Fieldfare Office Affinity Flat Loft", "Clifton Staffing Ltd",
				Band.LOW, 5, null, Fixtures.AS_OF.plusMonths(3), false, 1, List.of());
		// when
		new VisitSchedulePdf().write(new VisitScheduleView(Fixtures.AS_OF, "Council", Fixtures.RULESET, List.of(row)),
				pdf);
		// then
		assertThat(PdfReading.flat(PdfReading.all(pdf))).contains("Fieldfare Office Affinity Flat Loft",
				"Clifton Staffing Ltd");
	}

	@Test
	void neverVisitedSettingsSaySo() throws Exception {
		assertThat(PdfReading.flat(PdfReading.all(SCHEDULE))).contains("Never visited");
	}

}
