package uk.placewise.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.placewise.TestFolders;
import uk.placewise.ingest.tables.Table;
import uk.placewise.ingest.tables.TableRow;
import uk.placewise.ingest.tables.UnreadableTable;

/** What an ODS cell becomes, and the bounds that make a hostile ODS fail on its own. */
class OdsCellsTests {

	static final Path DIR = TestFolders.fresh(OdsCellsTests.class);

	@Test
	void numbersAreTheirTypedValueWithoutPointZero() throws IOException {
		assertThat(onlyRow("<table:table-cell office:value-type=\"float\" office:value=\"1234\"><text:p>1,234.0</text:p></table:table-cell>"
				+ "<table:table-cell office:value-type=\"float\" office:value=\"2.50\"><text:p>2.5</text:p></table:table-cell>"))
			.containsExactly("1234", "2.5");
	}

	@Test
	void aNumberCellWithoutItsValueIsItsText() throws IOException {
		assertThat(onlyRow("<table:table-cell office:value-type=\"float\"><text:p>12</text:p></table:table-cell>"
				+ "<table:table-cell office:value-type=\"date\"><text:p>01/05/2026</text:p></table:table-cell>"))
			.containsExactly("12", "01/05/2026");
	}

	@Test
	void datesAreIsoDatesAndAMidnightTimeIsDropped() throws IOException {
		assertThat(onlyRow("<table:table-cell office:value-type=\"date\" office:date-value=\"2025-03-31\"><text:p>31/03/2025</text:p></table:table-cell>"
				+ "<table:table-cell office:value-type=\"date\" office:date-value=\"2025-04-01T00:00:00\"><text:p>01/04/2025</text:p></table:table-cell>"
				+ "<table:table-cell office:value-type=\"date\" office:date-value=\"2025-04-02T10:30:00\"><text:p>x</text:p></table:table-cell>"))
			.containsExactly("2025-03-31", "2025-04-01", "2025-04-02 10:30");
	}

	@Test
	void textKeepsItsSpacesAndParagraphsButNotItsComments() throws IOException {
		assertThat(onlyRow("<table:table-cell office:value-type=\"string\"><office:annotation><text:p>a note</text:p></office:annotation>"
				+ "<text:p>Multi-building<text:s text:c=\"2\"/>children's</text:p><text:p><text:span>home</text:span></text:p></table:table-cell>"))
			.containsExactly("Multi-building  children's\nhome");
	}

	@Test
	void repeatedAndCoveredCellsKeepTheirColumnsAndTrailingBlanksCostNothing() throws IOException {
		assertThat(onlyRow(Ods.text("a") + "<table:table-cell table:number-columns-repeated=\"2\"/>"
				+ "<table:covered-table-cell/>" + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\"><text:p>b</text:p></table:table-cell>"
				+ "<table:table-cell table:number-columns-repeated=\"16370\"/>")).containsExactly("a", "", "", "", "b", "b");
	}

	@Test
	void blankRowsAreSkippedButCountedAndRepeatedRowsAreEachARow() throws IOException {
		List<TableRow> rows = rows(Ods.write(DIR.resolve("repeat.ods"), Ods.table("S", Ods.text("title"),
				"<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>",
				"<table:table-row table:number-rows-repeated=\"2\">" + Ods.text("same") + "</table:table-row>",
				"<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell/></table:table-row>")));
		assertThat(rows).extracting(TableRow::line).containsExactly(1L, 5L, 6L);
		assertThat(rows.get(2).cells()).containsExactly("same");
	}

	@Test
	void namesEachTableByFileAndSheetAndACellByColumnLetterAndRow() throws IOException {
		Path file = Ods.write(DIR.resolve("named.ods"), Ods.table("Sheet one", Ods.text("a")));
		try (OdsWorkbook workbook = OdsWorkbook.open(file, new ZipFile(file.toFile()))) {
			Table table = workbook.next();
			assertThat(table.name()).isEqualTo("named.ods#Sheet one");
			assertThat(table.position(12, 2)).isEqualTo("'Sheet one'!C12");
		}
	}

	@Nested
	class HostileWorkbooks {

		@Test
		void aZipBombFailsNamingTheEntry() {
			Path file = Ods.write(DIR.resolve("bomb.ods"), Ods.table("S", Ods.text("a")), " ".repeat(4 * 1024 * 1024));
			assertThatThrownBy(() -> rows(file)).isInstanceOf(UnreadableTable.class)
				.hasMessage("bomb.ods (content.xml) inflates more than 100 times its compressed size: a zip bomb, not read");
		}

		@Test
		void aCellBeyondExcelsLastColumnFails() {
			Path file = Ods.write(DIR.resolve("wide.ods"), Ods.table("S",
					"<table:table-cell table:number-columns-repeated=\"16384\"/>" + Ods.text("past the end")));
			assertThatThrownBy(() -> rows(file)).isInstanceOf(UnreadableTable.class)
				.hasMessage("cell S!XFE1 is beyond column 16384 (Excel's limit): not read");
		}

		@Test
		void aCellLongerThanExcelAllowsFails() {
			Path file = Ods.write(DIR.resolve("long.ods"), Ods.table("S", Ods.text("x".repeat(40_000))));
			assertThatThrownBy(() -> rows(file)).isInstanceOf(UnreadableTable.class)
				.hasMessage("cell S!A1 is longer than 32767 characters (Excel's limit)");
		}

		@Test
		void moreRowsThanExcelAllowsFail() {
			Path file = Ods.write(DIR.resolve("tall.ods"), Ods.table("S",
					"<table:table-row table:number-rows-repeated=\"1048576\">" + Ods.text("again") + "</table:table-row>",
					Ods.text("one more")));
			assertThatThrownBy(() -> rows(file)).isInstanceOf(UnreadableTable.class)
				.hasMessage("sheet S has more than 1048576 rows (Excel's limit): not read");
		}

		@Test
		void anExternalEntityIsNeverFetched() {
			Path file = Ods.write(DIR.resolve("xxe.ods"), Ods.table("S", Ods.text("&xxe;")));
			assertThatThrownBy(() -> rows(file)).isInstanceOf(UnreadableTable.class).hasMessageContaining("xxe");
		}
	}

	private static String[] onlyRow(String cells) throws IOException {
		List<TableRow> rows = rows(Ods.write(DIR.resolve("cells.ods"), Ods.table("S", cells)));
		assertThat(rows).hasSize(1);
		return rows.get(0).cells();
	}

	static List<TableRow> rows(Path file) throws IOException {
		List<TableRow> rows = new ArrayList<>();
		try (OdsWorkbook workbook = OdsWorkbook.open(file, new ZipFile(file.toFile()))) {
			Table table = workbook.next();
			for (TableRow row = table.next(); row != null; row = table.next()) {
				rows.add(row);
			}
		}
		return rows;
	}
}
