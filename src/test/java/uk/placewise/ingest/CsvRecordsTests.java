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
}
