package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A reason in a feed with personal columns names the column and what it expects, never the cell. */
class BlindReasonTests {

	private static ColumnDefinition column(String header, ColumnType type, boolean required, List<String> values) {
		return new ColumnDefinition(header.toLowerCase(), header, List.of(), type, required, BigDecimal.ZERO,
				BigDecimal.valueOf(40), values, Map.of(), null, false);
	}

	@Test
	void namesTheColumnAndWhatItExpectsNeverTheCell() {
		assertThat(BlindReason.of(column("SEX", ColumnType.CODE, true, List.of("1", "2")), "29/02/2008"))
			.isEqualTo("SEX: not one of 1, 2");
		assertThat(BlindReason.of(column("SDQ_SCORE", ColumnType.INT, false, List.of()), "A123456789012"))
			.isEqualTo("SDQ_SCORE: not a whole number from 0 to 40");
	}

	@Test
	void aBlankOrNotStatedRequiredCellIsMissing() {
		assertThat(BlindReason.of(column("HEALTH", ColumnType.YESNO, true, List.of()), " Not stated "))
			.isEqualTo("HEALTH: missing (required)");
		assertThat(BlindReason.of(column("SEX", ColumnType.CODE, true, List.of("1")), "")).isEqualTo("SEX: missing (required)");
	}

	@Test
	void anExcelErrorIsNamedForItIsNeverAValue() {
		assertThat(BlindReason.of(column("SEX", ColumnType.CODE, true, List.of("1")), "#n/a"))
			.isEqualTo("SEX: Excel error #N/A in a required column");
	}
}
