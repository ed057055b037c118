package uk.placewise.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFileTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd" })
	void aCellASpreadsheetWouldRunAsAFormulaIsPrefixedWithAnApostrophe(String cell) {
		assertThat(CsvFile.neutralise(cell)).isEqualTo("'" + cell);
	}

	@Test
	void ordinaryTextIsLeftAlone() {
		assertThat(CsvFile.neutralise("Oak House")).isEqualTo("Oak House");
	}

	@Test
	void cellsAreQuotedOnlyWhenRfc4180NeedsItAndLinesEndWithCrlf() throws Exception {
		Path file = dir.resolve("x.csv");
		try (CsvFile csv = CsvFile.create(file, List.of("a", "b"))) {
			csv.row(List.of("Smith, Jones & Co", "say \"hi\""));
			csv.row(java.util.Arrays.asList("plain", null));
		}
		assertThat(Files.readString(file, StandardCharsets.UTF_8))
			.isEqualTo("a,b\r\n\"Smith, Jones & Co\",\"say \"\"hi\"\"\"\r\nplain,\r\n");
	}
}
