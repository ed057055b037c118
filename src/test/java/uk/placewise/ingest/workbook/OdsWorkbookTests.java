package uk.placewise.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import uk.placewise.TestFolders;
import uk.placewise.ingest.tables.Table;
import uk.placewise.ingest.tables.TableRow;

/** The 2025 Ofsted workbook, as downloaded, read sheet by sheet. */
class OdsWorkbookTests {

	static final Path WORKBOOK = TestFolders.resources("ofsted").resolve("provider_at_march_2025.ods");

	@Test
	void listsEverySheetInTheWorkbooksOrderWithItsNonBlankRowCount() throws IOException {
		Map<String, Integer> sheets = new LinkedHashMap<>();
		try (OdsWorkbook workbook = open()) {
			for (Table table = workbook.next(); table != null; table = workbook.next()) {
				int rows = 0;
				while (table.next() != null) {
					rows++;
				}
				sheets.put(table.name(), rows);
			}
		}
		assertThat(sheets.keySet()).containsExactly("provider_at_march_2025.ods#Cover", "provider_at_march_2025.ods#Contents",
				"provider_at_march_2025.ods#Guidance", "provider_at_march_2025.ods#Notes",
				"provider_at_march_2025.ods#Meta-data", "provider_at_march_2025.ods#Provider_level_at_31_Mar_2025",
				"provider_at_march_2025.ods#Provider_level_in_year_2024-25",
				"provider_at_march_2025.ods#Providers+places_at_31_Mar_2025",
				"provider_at_march_2025.ods#SA_Premises_at_31_Mar_2025",
				"provider_at_march_2025.ods#Leavers+Joiners_at_31_Mar_2025",
				"provider_at_march_2025.ods#Providers+places_Time_series",
				"provider_at_march_2025.ods#Latest_OE_31_Mar_Time_Series", "provider_at_march_2025.ods#In_Year_Time_series");
		// three title rows, the header, 5,600 providers
		assertThat(sheets).containsEntry("provider_at_march_2025.ods#Provider_level_at_31_Mar_2025", 3 + 1 + 5600);
	}

	@Test
	void readsTheProviderListsHeaderOnRowFourBelowItsTitles() throws IOException {
		List<TableRow> top = firstRows("Provider_level_at_31_Mar_2025", 5);
		assertThat(top.get(0).line()).isEqualTo(1);
		assertThat(top.get(0).cells()[0]).startsWith("Children's social care data in England 2025");
		assertThat(top.get(3).line()).isEqualTo(4);
		assertThat(top.get(3).cells()).startsWith("Web link", "URN", "Linked Education URN", "Provision type",
				"Registration date", "Registration status");
		assertThat(top.get(4).line()).isEqualTo(5);
	}

	@Test
	void givesDateCellsAsIsoDatesAndNumbersWithoutATrailingPointZero() throws IOException {
		List<TableRow> rows = firstRows("Provider_level_at_31_Mar_2025", 40);
		String[] header = rows.get(3).cells();
		int registered = List.of(header).indexOf("Registration date");
		int places = List.of(header).indexOf("Places");
		List<String> dates = new ArrayList<>();
		List<String> numbers = new ArrayList<>();
		for (TableRow row : rows.subList(4, rows.size())) {
			dates.add(row.cells()[registered]);
			if (row.cells().length > places && !row.cells()[places].isEmpty()) {
				numbers.add(row.cells()[places]);
			}
		}
		assertThat(dates).allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
		assertThat(numbers).isNotEmpty().allMatch(n -> n.matches("\\d+"));
	}

	private static List<TableRow> firstRows(String sheet, int n) throws IOException {
		try (OdsWorkbook workbook = open()) {
			for (Table table = workbook.next(); table != null; table = workbook.next()) {
				if (table.name().endsWith("#" + sheet)) {
					List<TableRow> rows = new ArrayList<>();
					for (TableRow row = table.next(); row != null && rows.size() < n; row = table.next()) {
						rows.add(row);
					}
					return rows;
				}
			}
		}
		throw new AssertionError("no sheet " + sheet);
	}

	private static OdsWorkbook open() throws IOException {
		return OdsWorkbook.open(WORKBOOK, new ZipFile(WORKBOOK.toFile()));
	}
}
