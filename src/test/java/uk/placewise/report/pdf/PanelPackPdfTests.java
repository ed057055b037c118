package uk.placewise.report.pdf;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PanelPackPdfTests {

	static final Path PACK = Fixtures.out("panel-pack.pdf");

	static final Path EMPTY = Fixtures.out("panel-pack-empty.pdf");

	@BeforeAll
	static void write() throws Exception {
		new PanelPackPdf().write(Fixtures.panelPack(24), PACK);
		new PanelPackPdf().write(new PanelPack(Fixtures.AS_OF, "Cheshire East Council", Fixtures.RULESET, List.of()),
				EMPTY);
		PdfReading.preview(PACK, "panel-pack", 1, 2, 3);
	}

	@Test
	void everyPageIsMarkedOfficialSensitiveTopAndBottomAndNumbered() throws Exception {
		int pages = PdfReading.pages(PACK);
		assertThat(pages).isGreaterThanOrEqualTo(3);
		for (int page = 1; page <= pages; page++) {
			String text = PdfReading.page(PACK, page);
			assertThat(text.split(PageFrame.OFFICIAL_SENSITIVE, -1)).as("page %d", page).hasSize(3);
			assertThat(text).contains("Page " + page + " of " + pages, "Ruleset rs-3f2a9c1e",
					"Data as of 1 April 2026");
		}
	}

	@Test
	void coverCountsOpenFlagsByCodeAndSeverity() throws Exception {
		String cover = PdfReading.flat(PdfReading.page(PACK, 1));
		// 24 children: 8 urgent INADEQUATE_SETTING, 16 REPEAT_MISSING, 6 SDQ_CONCERN; 1 resolved
		assertThat(cover).contains("30 open flags for 24 children: 8 urgent, 22 for review")
			.contains("INADEQUATE_SETTING 8 0 8")
			.contains("REPEAT_MISSING 0 16 16")
			.contains("All flags 8 22 30");
	}

	@Test
	void childrenWithUrgentFlagsComeFirstWithTheirEvidence() throws Exception {
		String body = PdfReading.flat(PdfReading.all(PACK));
		int firstUrgent = body.indexOf("Child C100224 · URGENT");
		int firstReview = body.indexOf("Child C100201");
		assertThat(firstUrgent).isPositive().isLessThan(firstReview);
		assertThat(body).contains("Ofsted full inspection 2026-02-14: Inadequate (ofsted-providers.csv)")
			.contains("Setting: " + Fixtures.LONG_NAME + " (SC30001)");
	}

	@Test
	void aChildWhoseFlagsRunOverAPageKeepsTheirNameAndTheHeaderOnTheNextPage() throws Exception {
		Path path = Fixtures.out("panel-pack-long.pdf");
		List<PanelFlagView> flags = java.util.stream.IntStream.rangeClosed(1, 14)
			.mapToObj((i) -> new PanelFlagView("C777001", "SC555001", "Ash House", "Provider Q", "UNDER16_UNREGULATED",
					Severity.URGENT, Fixtures.AS_OF.minusDays(i), FlagStatus.CONTINUING,
					List.of("Episode " + i + ": PLACE H5 from 2026-01-0" + (i % 9 + 1) + " (episodes.csv)",
							"Age 15 on 1 April 2026 (header.csv)", "No Ofsted registration for SC555001")))
			.toList();
		new PanelPackPdf().write(new PanelPack(Fixtures.AS_OF, null, Fixtures.RULESET, flags), path);
		PdfReading.preview(path, "panel-pack-long", 3);
		String page3 = PdfReading.flat(PdfReading.page(path, 3));
		assertThat(page3).contains("Child C777001 (continued)")
			.contains("Flag Severity Status First raised Evidence");
		// the code breaks at its underscore, not mid-word
		assertThat(PdfReading.all(path)).doesNotContain("UNDER16_UNREGULATE\n");
	}

	@Test
	void resolvedFlagsAreListedApartFromOpenOnes() throws Exception {
		String body = PdfReading.flat(PdfReading.all(PACK));
		assertThat(body).contains("Resolved since the last run").contains("C999001 INSTABILITY");
		assertThat(body).doesNotContain("Child C999001");
	}

	@Nested
	class WithNoFlags {

		@Test
		void theCoverSaysThereAreNone() throws Exception {
			assertThat(PdfReading.flat(PdfReading.all(EMPTY))).contains("No open flags as of 1 April 2026")
				.contains(PageFrame.OFFICIAL_SENSITIVE);
			assertThat(PdfReading.pages(EMPTY)).isEqualTo(1);
		}

	}

}
