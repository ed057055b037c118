package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ListAsAtTests {

	@Test
	void theTitleRowsAsAtDateComesFirst() {
		assertThat(ListAsAt.stated(List.of("Children's social care data in England 2025 – Provider level as at 31 March 2025"),
				"provider_at_august_2024.csv")).isEqualTo(new ListAsAt.Dated(LocalDate.of(2025, 3, 31), "its title row"));
	}

	@Test
	void aSheetNamedProviderLevelAt31Mar2025IsDatedSo() {
		assertThat(ListAsAt.stated(List.of("URN", "Provision type"), "ofsted.xlsx#Provider_level_at_31_Mar_2025"))
			.isEqualTo(new ListAsAt.Dated(LocalDate.of(2025, 3, 31), "its sheet's name"));
	}

	@Test
	void aFileNamedForAMonthIsDatedItsLastDay() {
		assertThat(ListAsAt.stated(List.of(), "provider_at_august_2024.csv"))
			.isEqualTo(new ListAsAt.Dated(LocalDate.of(2024, 8, 31), "its file name"));
	}

	@Test
	void aNameWithoutAnAsAtDateStatesNone() {
		assertThat(ListAsAt.stated(List.of("Data 2025"), "providers.csv")).isNull();
		assertThat(ListAsAt.date("as at 31 February 2025")).isNull();
		assertThat(ListAsAt.date("flat 31 March 2025")).isNull();
	}
}
