package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.placewise.ingest.CsvRecords.CsvRecord;

class CsvRecordsTests {

	@Test
	void keepsThePhysicalLineOfARecordAfterAMultiLineCell() {
		CsvRecords records = new CsvRecords("a,b\n1,\"x\ny\"\n2,z\n");
		records.next();
		assertThat(records.next().line()).isEqualTo(2);
		CsvRecord third = records.next();
		assertThat(third.line()).isEqualTo(4);
		assertThat(third.cells()).containsExactly("2", "z");
	}

	@Test
	void skipsExcelsSeparatorLineAndCountsIt() {
		CsvRecords records = new CsvRecords("sep=;\na;b\n1;2\n");
		CsvRecord header = records.next();
		assertThat(header.line()).isEqualTo(2);
		assertThat(header.cells()).containsExactly("a", "b");
		assertThat(records.next().line()).isEqualTo(3);
	}

	@Test
	void turnsAFileEndingInsideAQuotedCellIntoATruncatedTail() {
		CsvRecords records = new CsvRecords("a,b\n1,2\n3,\"cut\noff");
		records.next();
		records.next();
		CsvRecord tail = records.next();
		assertThat(tail.line()).isEqualTo(3);
		assertThat(tail.truncatedTail()).isEqualTo("3,\"cut\noff");
		assertThat(records.next()).isNull();
	}

	@Test
	void readsABackslashAsAnOrdinaryCharacter() {
		CsvRecords records = new CsvRecords("a,b\n\"C:\\temp\\\",x\n");
		records.next();
		assertThat(records.next().cells()).containsExactly("C:\\temp\\", "x");
	}

	@Test
	void readsASeparatorLineNamingAQuoteAsAComma() {
		CsvRecords records = new CsvRecords("sep=\"\na,b\n");
		assertThat(records.next().cells()).containsExactly("a", "b");
	}

	@Test
	void findsTheTailOfATruncatedFileWithCarriageReturnLineEnds() {
		CsvRecords records = new CsvRecords("a,b\r1,2\r3,\"cut\roff");
		records.next();
		records.next();
		assertThat(records.next().truncatedTail()).isEqualTo("3,\"cut\roff");
	}

	@Test
	void keepsANulCharacterInACellForTheRowChecksToReject() {
		CsvRecords records = new CsvRecords("a,b\nNul\u0000Care,x\n");
		records.next();
		assertThat(records.next().cells()).containsExactly("Nul\u0000Care", "x");
	}

	@Test
	void cutsALineLongerThanTheBoundAndReadsTheNextLine() {
		CsvRecords records = new CsvRecords("a,b\n1," + "x".repeat(BoundedLines.MAX_LINE + 10) + "\n2,y\n");
		records.next();
		CsvRecord cut = records.next();
		assertThat(cut.problem()).startsWith("too long: line 2 has more than 1,000,000 characters");
		assertThat(cut.cells()[1]).hasSize(BoundedLines.MAX_LINE - 2);
		assertThat(records.next().cells()).containsExactly("2", "y");
	}

	@Test
	void givesUpARecordOfMoreLinesThanTheBoundAsAnUnclosedQuote() {
		CsvRecords records = new CsvRecords("a,b\n1,\"open\n" + "3,z\n".repeat(BoundedLines.MAX_RECORD_LINES + 5));
		records.next();
		CsvRecord tail = records.next();
		assertThat(tail.truncatedTail()).startsWith("1,\"open\n3,z\n");
		assertThat(tail.problem()).contains("runs past 1,000 lines or 1,000,000 characters");
		assertThat(records.next()).isNull();
	}
}
