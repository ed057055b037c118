package uk.placewise.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.placewise.assess.RiskBand;
import uk.placewise.results.SettingResult;

/** QA visits a month projected from each setting's next due date and visit frequency. */
class MonthLoadTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	@Test
	void aMonthlySettingIsVisitedInEachOfTheSixMonths() {
		assertThat(MonthLoad.of(List.of(due(LocalDate.of(2026, 11, 25), 1)), AS_OF)).extracting(MonthLoad::visits)
			.containsExactly(1, 1, 1, 1, 1, 1);
	}

	@Test
	void anOverdueVisitCountsInTheAsOfMonthAndTheNextOneAFrequencyLater() {
		List<MonthLoad> months = MonthLoad.of(List.of(due(LocalDate.of(2026, 3, 2), 3)), AS_OF);
		assertThat(months.get(0).month()).isEqualTo(YearMonth.of(2026, 11));
		// made in November (by the 20th at the earliest), next due 20 February
		assertThat(months).extracting(MonthLoad::visits).containsExactly(1, 0, 0, 1, 0, 0);
	}

	@Test
	void aVisitDueAfterTheSixMonthsIsNotCounted() {
		assertThat(MonthLoad.of(List.of(due(LocalDate.of(2027, 6, 1), 12)), AS_OF)).extracting(MonthLoad::visits)
			.containsOnly(0);
	}

	@Test
	void theSteadyYearAverageIsOneVisitPerFrequency() {
		assertThat(MonthLoad.average(List.of(due(AS_OF, 1), due(AS_OF, 3), due(AS_OF, 6), due(AS_OF, 12))))
			.isEqualTo(1 + 1 / 3.0 + 1 / 6.0 + 1 / 12.0);
	}

	static SettingResult due(LocalDate due, int every) {
		return new SettingResult("SC100001", "Oak House", "Oak Care Ltd", "CHILDRENS_HOME", 25, RiskBand.MEDIUM,
				"BAND-MEDIUM", every, 0, 0, 1, null, due, due.isBefore(AS_OF), false, null, "rule", List.of());
	}
}
