package uk.placewise.report.pdf;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardPdfTests {

	static final Path FULL = Fixtures.out("dashboard.pdf");

	static final Path EMPTY = Fixtures.out("dashboard-empty.pdf");

	static final Path MONTH_TO_DATE = Fixtures.out("dashboard-month-to-date.pdf");

	@BeforeAll
	static void write() throws Exception {
		new DashboardPdf().write(Fixtures.fullMonth(), FULL);
		new DashboardPdf().write(Fixtures.emptyMonth(), EMPTY);
		new DashboardPdf().write(Fixtures.monthToDate(), MONTH_TO_DATE);
		PdfReading.preview(FULL, "dashboard", 1, 2, 3);
		PdfReading.preview(MONTH_TO_DATE, "dashboard-month-to-date", 1, 2, 3);
		PdfReading.preview(EMPTY, "dashboard-empty", 1);
	}

	@Test
	void tilesShowValueTargetAndRagWord() throws Exception {
		String page1 = PdfReading.page(FULL, 1);
		assertThat(page1).contains("Placement quality dashboard: March 2026", "Cheshire East Council")
			.contains("91.7%", "Target 100%", "AMBER")
			.contains("£4,650", "Target £2,800 or less", "RED")
			.contains("Target 0")
			.contains("Target 10% or less", "14.2%")
			.contains("Target: falling month on month", "GREEN")
			.contains("No target set");
	}

	@Nested
	class AMonthInProgress {

		@Test
		void isMarkedMonthToDateInTheTitleAndOnEveryTileWithAValue() throws Exception {
			String page1 = PdfReading.flat(PdfReading.page(MONTH_TO_DATE, 1));
			assertThat(page1).contains("Placement quality dashboard: March 2026 (month to date)",
					"March 2026 is not complete: every measure is for 1 to 20 March 2026 only.");
			// 15 tiles, one of them (K7) without a value
			assertThat(page1.split("month to date", -1)).hasSize(1 + 1 + 14);
			assertThat(page1).contains("91.7% month to date Target 100%");
		}

		@Test
		void isMarkedUnderEveryChartWithData() throws Exception {
			String all = PdfReading.flat(PdfReading.all(MONTH_TO_DATE));
			assertThat(all).contains("The last point is March 2026 to 20 March 2026 (month to date).");
		}

		@Test
		void aCompleteMonthIsNotMarked() throws Exception {
			assertThat(PdfReading.all(FULL)).doesNotContain("month to date");
		}
	}

	@Test
	void noEarlierMonthIsSaidAsNoComparisonNotAsNoChange() throws Exception {
		Path pdf = Fixtures.out("dashboard-no-comparison.pdf");
		new DashboardPdf().write(Fixtures.withNoEarlierMonth(), pdf);
		assertThat(PdfReading.flat(PdfReading.all(pdf))).contains("No comparison: no nightly run is stored for February 2026")
			.doesNotContain("No setting changed band");
	}

	@Test
	void aTileWithoutAValueSaysNoDataNotZero() throws Exception {
		assertThat(PdfReading.flat(PdfReading.page(FULL, 1))).contains("K7 SDQ completion (DfE): ages 5-16, looked after 12 months or more No data for March 2026 "
				+ "Target 95% or more · England 78%");
	}

	@Test
	void footerCarriesMonthAsOfRulesetAndPageCount() throws Exception {
		int pages = PdfReading.pages(FULL);
		assertThat(pages).isGreaterThanOrEqualTo(2);
		assertThat(PdfReading.page(FULL, 2)).contains("Month: March 2026", "Data as of 1 April 2026",
				"Ruleset rs-3f2a9c1e", "Page 2 of " + pages);
	}

	@Test
	void tablesListRiskiestSettingsWithReasonsAndWrapLongNames() throws Exception {
		String text = PdfReading.all(FULL);
		assertThat(PdfReading.flat(text)).contains("The 10 riskiest settings", "OFS-INADEQUATE (50)", "R44-UNSAFE (30)")
			.contains("Band changes since last month", "Not assessed", "Worse", "Better")
			.contains("Missing: top 5 settings by rate", "3.0")
			.contains("QA visits: due, done and overdue", "All settings");
		// the long name is on several lines, all of it present: wrapped, not clipped
		assertThat(PdfReading.flat(text)).contains(Fixtures.LONG_NAME);
		assertThat(text).doesNotContain(Fixtures.LONG_NAME);
	}

	@Test
	void chartsAreVectorsWithTextInTheEmbeddedFont() throws Exception {
		String text = PdfReading.all(FULL);
		assertThat(PdfReading.flat(text)).contains("Dashed line: target 100%").contains("Apr 25").contains("Mar 26")
			.contains("No data for the 12 months to March 2026")
			.contains("No data for November 2025 (gaps in the line)");
		try (PDDocument document = Loader.loadPDF(FULL.toFile())) {
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getXObjectNames()) {
					PDXObject object = page.getResources().getXObject(name);
					assertThat(object).isNotInstanceOf(PDImageXObject.class);
				}
			}
		}
	}

	@Test
	void documentIsTitledAuthoredAndInBritishEnglish() throws Exception {
		try (PDDocument document = Loader.loadPDF(FULL.toFile())) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Placement quality dashboard \u00b7 March 2026");
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Placewise");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
		}
	}

	@Nested
	class WhenTheMonthHasNoData {

		@Test
		void everySectionSaysSoInsteadOfDrawingZeros() throws Exception {
			String text = PdfReading.flat(PdfReading.all(EMPTY));
			assertThat(text).contains("No data for March 2026")
				.contains("No data for the 12 months to March 2026")
				.doesNotContain("No setting changed band")
				// the tile's model said GREEN, but a tile without a value is never rated
				.contains("K1 Children in external placements at Good or Outstanding settings No data for March 2026");
			// the tile, the riskiest settings, band changes, missing and visits
			assertThat(text.split("No data for March 2026", -1)).hasSize(6);
			assertThat(PdfReading.pages(EMPTY)).isEqualTo(1);
		}

	}

}
