package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** The demo's dashboards are of complete months only (issue 16): never a month a day or two old. */
class DemoCommandTests {

	@Test
	void aDemoOnTheFirstOfDecemberReportsNovemberAsItsLatestMonth() {
		assertThat(DemoCommand.lastCompleteMonth(LocalDate.of(2026, 12, 1))).isEqualTo(YearMonth.of(2026, 11));
	}

	@Test
	void aDemoOnAMonthsLastDayReportsThatMonth() {
		assertThat(DemoCommand.lastCompleteMonth(LocalDate.of(2026, 11, 30))).isEqualTo(YearMonth.of(2026, 11));
	}
}
