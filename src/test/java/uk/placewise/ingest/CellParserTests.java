package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.placewise.ingest.CellParser.Cell;

class CellParserTests {

	static ColumnDefinition column(ColumnType type, boolean required) {
		return new ColumnDefinition("c", "C", List.of(), type, required, null, null, List.of("K1", "K2"), Map.of(), null,
				false, false, null, false);
	}

	static ColumnDefinition score() {
		return new ColumnDefinition("sdq", "SDQ_SCORE", List.of(), ColumnType.INT, false, BigDecimal.ZERO,
				BigDecimal.valueOf(40), List.of(), Map.of(), null, false, false, null, false);
	}

	@ParameterizedTest
	@ValueSource(strings = { "01/05/2026", "1/5/2026", "2026-05-01", "2026-05-01 00:00:00", "01/05/2026 00:00",
			"2026-05-01T00:00:00" })
	void readsTheDateFormsExcelWrites(String text) {
		assertThat(CellParser.parse(column(ColumnType.DATE, true), text).value()).isEqualTo(LocalDate.of(2026, 5, 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Yes", "y", "TRUE", "yes " })
	void readsYes(String text) {
		assertThat(CellParser.parse(column(ColumnType.YESNO, false), text).value()).isEqualTo(true);
	}

	@Test
	void readsAWholeNumberWrittenWithADecimalPoint() {
		assertThat(CellParser.parse(score(), "3.0").value()).isEqualTo(3);
	}

	@Test
	void matchesCodesIgnoringCaseAndStoresThemAsDefined() {
		assertThat(CellParser.parse(column(ColumnType.CODE, true), "k2").value()).isEqualTo("K2");
	}

	@Test
	void treatsAnExcelErrorInAnOptionalColumnAsBlank() {
		assertThat(CellParser.parse(column(ColumnType.DATE, false), "#N/A")).isEqualTo(Cell.ok(null));
	}

	@Test
	void keepsAFormulaInATextColumnAsText() {
		assertThat(CellParser.parse(column(ColumnType.TEXT, false), "=HYPERLINK(\"x\")").value()).isEqualTo("=HYPERLINK(\"x\")");
	}

	@Nested
	class Rejects {

		@Test
		void anImpossibleDate() {
			assertThat(CellParser.parse(column(ColumnType.DATE, true), "31/02/2026").error())
				.isEqualTo("C: '31/02/2026' is not a date");
		}

		@Test
		void aUsDateRatherThanGuessingIt() {
			assertThat(CellParser.parse(column(ColumnType.DATE, true), "05/13/2026").error())
				.contains("there is no month 13");
		}

		@Test
		void aScoreAboveTheMaximum() {
			assertThat(CellParser.parse(score(), "41").error()).isEqualTo("SDQ_SCORE: 41 is above the maximum 40");
		}

		@Test
		void anExcelErrorInARequiredColumnNamingTheError() {
			assertThat(CellParser.parse(column(ColumnType.TEXT, true), "#REF!").error())
				.isEqualTo("C: Excel error #REF! in a required column");
		}

		@Test
		void aBlankRequiredCell() {
			assertThat(CellParser.parse(column(ColumnType.TEXT, true), "  ").error()).isEqualTo("C: missing (required)");
		}

		@Test
		void anUnknownCode() {
			assertThat(CellParser.parse(column(ColumnType.CODE, true), "K9").error()).isEqualTo("C: 'K9' is not one of K1, K2");
		}

		@Test
		void aFormulaWhereANumberIsRequired() {
			assertThat(CellParser.parse(score(), "=SUM(A1:A3)").error()).contains("is not a whole number");
		}

		@Test
		void aTextLongerThanTheStoreHolds() {
			assertThat(CellParser.parse(column(ColumnType.TEXT, false), "x".repeat(501)).error())
				.isEqualTo("C: too long: 501 characters (at most 500)");
		}

		@Test
		void aTextWithANulCharacter() {
			assertThat(CellParser.parse(column(ColumnType.TEXT, false), "a\u0000b").error()).contains("'a\\0b' contains a NUL");
		}

		@Test
		void aNumberLargerThanTheStoreHolds() {
			assertThat(CellParser.parse(column(ColumnType.DECIMAL, true), "100000000").error()).contains("is too large");
		}
	}

	@Test
	void roundsADecimalToTheSixPlacesTheStoreKeeps() {
		assertThat(CellParser.parse(column(ColumnType.DECIMAL, true), "53.123456789").value())
			.isEqualTo(new BigDecimal("53.123457"));
	}
}
