package uk.placewise.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The rules impact PDF: the same bytes for the same impact, and what it says of capacity. That it is archival
 * (PDF/A-2u) is checked with the other reports in {@link PdfAComplianceTests}, where veraPDF starts once.
 */
class RulesImpactPdfTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	@Test
	void theSameImpactGivesTheSameBytes() throws Exception {
		assertThat(Files.readAllBytes(write(view(6), "rules-impact-a.pdf")))
			.isEqualTo(Files.readAllBytes(write(view(6), "rules-impact-b.pdf")));
	}

	@Test
	void aMonthOverTheTeamsCapacityIsSaidInWords() throws Exception {
		String all = PdfReading.flat(PdfReading.all(write(view(6), "rules-impact-capacity.pdf")));
		assertThat(all).contains("December 2026 6 8 +2 6 over by 2", "January 2027 5 6 +1 6 within (0 to spare)",
				"against a capacity of 6.", "OFFICIAL-SENSITIVE", "Live ruleset live-hash · Draft ruleset draft-hash");
	}

	@Test
	void withNoCapacitySetItSaysSoRatherThanJudging() throws Exception {
		String all = PdfReading.flat(PdfReading.all(write(view(null), "rules-impact-no-capacity.pdf")));
		assertThat(all).contains("December 2026 6 8 +2 no capacity set", "no monthly capacity is set")
			.doesNotContain("over by");
	}

	static Path write(ImpactView view, String name) throws Exception {
		Path pdf = Fixtures.out(name);
		Files.createDirectories(pdf.getParent());
		new RulesImpactPdf(ReportsFolder.defaults()).write(view, pdf);
		return pdf;
	}

	static ImpactView view(Integer capacity) {
		List<List<Integer>> moves = List.of(List.of(3, 0, 0, 0), List.of(1, 4, 0, 0), List.of(0, 0, 5, 0),
				List.of(0, 0, 0, 2));
		List<ImpactView.MonthVisits> months = List.of(new ImpactView.MonthVisits(YearMonth.of(2026, 11), 4, 5),
				new ImpactView.MonthVisits(YearMonth.of(2026, 12), 6, 8),
				new ImpactView.MonthVisits(YearMonth.of(2027, 1), 5, 6),
				new ImpactView.MonthVisits(YearMonth.of(2027, 2), 3, 3),
				new ImpactView.MonthVisits(YearMonth.of(2027, 3), 4, 5),
				new ImpactView.MonthVisits(YearMonth.of(2027, 4), 2, 2));
		List<ImpactView.Change> largest = List.of(new ImpactView.Change("SC100001", Fixtures.LONG_NAME, "Oak Care Ltd", 55,
				60, Band.HIGH, Band.CRITICAL, 3, 1, AS_OF.plusMonths(1), AS_OF.plusDays(14), List.of("OFS-RI:30"),
				List.of("OFS-RI:25")));
		return new ImpactView("Placewise Demo Council", AS_OF, new ImpactView.Ruleset("/srv/rules", "live-hash"),
				new ImpactView.Ruleset("/srv/rules-draft", "draft-hash"), 4, AS_OF, "live-hash", 15, 1, moves, months,
				capacity, 5.5, 6.0, List.of(new ImpactView.FlagKind("CRITICAL_SETTING", 2, 0)), largest, List.of());
	}
}
