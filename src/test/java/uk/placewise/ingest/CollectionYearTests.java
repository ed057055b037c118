package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CollectionYearTests {

	@ParameterizedTest
	@CsvSource({ "SSDA903_2025_OC2.csv,2025", "oc2 2024-25.csv,2025", "OC2_2024_2025.xlsx,2025", "2019 OC2.csv,2019",
			"OC2 (2023-2024).csv,2024", "OC2,", "oc2_20250331.csv,", "OC2 2024 and 2026.csv," })
	void readsTheYearAFileNameSays(String name, Integer year) {
		assertThat(CollectionYear.inName(name)).isEqualTo(year);
	}

	@ParameterizedTest
	@ValueSource(strings = { "oc2_v12345.csv", "export 123.csv" })
	void takesNoYearFromOtherNumbers(String name) {
		assertThat(CollectionYear.inName(name)).isNull();
	}

	@Test
	void withoutANameItIsTheLastYearEndedByTheAsOfDate() {
		assertThat(CollectionYear.endedBy(LocalDate.of(2026, 11, 20))).isEqualTo(2026);
		assertThat(CollectionYear.endedBy(LocalDate.of(2026, 3, 31))).isEqualTo(2026);
		assertThat(CollectionYear.endedBy(LocalDate.of(2026, 3, 30))).isEqualTo(2025);
	}

	@Test
	void theNameWinsOverTheAsOfDate() {
		assertThat(CollectionYear.of("SSDA903_2024_OC2.csv", LocalDate.of(2026, 11, 20)).year()).isEqualTo(2024);
		assertThat(CollectionYear.of("OC2.csv", LocalDate.of(2026, 11, 20)).year()).isEqualTo(2026);
	}
}
