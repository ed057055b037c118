package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class YearFillTests {

	static final FeedDefinition OC2 = HeaderMatchTests.FEEDS.stream()
		.filter(f -> f.feed().equals("ssda903-oc2"))
		.findFirst()
		.orElseThrow();

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	static Object[] row(HeaderMatch header, Integer year, LocalDate sdqDate) {
		Object[] values = new Object[OC2.columns().size()];
		values[OC2.columns().indexOf(OC2.column("child"))] = "C1";
		values[OC2.columns().indexOf(OC2.column("return_year"))] = year;
		values[OC2.columns().indexOf(OC2.column("sdq_date"))] = sdqDate;
		return values;
	}

	static int yearOf(Object[] values) {
		return (Integer) values[OC2.columns().indexOf(OC2.column("return_year"))];
	}

	HeaderMatch dfe = HeaderMatch.of(OC2, "CHILD,DOB,SDQ_SCORE,SDQ_REASON".split(","), 1);

	@Test
	void aRowWithoutYearGetsTheYearInTheFileName() {
		YearFill fill = YearFill.of(dfe, "SSDA903_2025_OC2.csv", AS_OF);
		assertThat(yearOf(fill.fill(row(dfe, null, null)))).isEqualTo(2025);
		assertThat(fill.afterAsOf()).isNull();
	}

	@Test
	void aRowWithItsOwnYearOrSdqDateKeepsIt() {
		YearFill fill = YearFill.of(dfe, "SSDA903_2025_OC2.csv", AS_OF);
		assertThat(yearOf(fill.fill(row(dfe, 2023, null)))).isEqualTo(2023);
		assertThat(fill.fill(row(dfe, null, LocalDate.of(2026, 6, 1)))[OC2.columns().indexOf(OC2.column("return_year"))])
			.isNull();
		assertThat(fill.described()).isEmpty();
	}

	@Test
	void aYearEndingAfterTheAsOfDateIsSaidOutLoud() {
		YearFill fill = YearFill.of(dfe, "SSDA903_2099_OC2.csv", AS_OF);
		fill.fill(row(dfe, null, null));
		assertThat(fill.afterAsOf()).startsWith("rows without a year are dated 31 March 2099, after the as-of date 2026-11-20")
			.endsWith("the rules leave them out until then");
	}
}
