package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** How a workbook's tables are named in the ledger. */
class TableIngestTests {

	@Test
	void aRepeatedSheetNameGetsANumberSoNoLedgerEntryReplacesAnother() {
		Set<String> taken = new HashSet<>();
		assertThat(TableIngest.unique("a.ods#Data", taken)).isEqualTo("a.ods#Data");
		assertThat(TableIngest.unique("a.ods#Data", taken)).isEqualTo("a.ods#Data (2)");
		assertThat(TableIngest.unique("a.ods#Data", taken)).isEqualTo("a.ods#Data (3)");
	}

	@Test
	void aSheetNameTooLongForTheLedgerIsCut() {
		String name = TableIngest.unique("a.ods#" + "x".repeat(2000), new HashSet<>());
		assertThat(name).hasSize(TableIngest.MAX_NAME + 3).endsWith("...");
	}
}
