package uk.placewise.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

/**
 * Test helpers: one `la` inbox generated once per test JVM (in a folder of that JVM's own, as the suite runs
 * two at once), and CSV reading with OpenCSV.
 */
final class DemoFiles {

	static final LocalDate AS_OF = LocalDate.of(2026, 5, 15);

	static final long SEED = 42;

	private static DemoInbox la;

	private DemoFiles() {
	}

	static synchronized DemoInbox la() {
		if (la == null) {
			try {
				la = new DemoGenerator(Scale.LA, SEED, AS_OF, (line) -> {
				}).generate(Path.of("target", "demo-tests", "la-" + SEED + "-" + ProcessHandle.current().pid()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return la;
	}

	/** All rows of a CSV file (header included), BOM removed. */
	static List<String[]> rows(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(reader)) {
			List<String[]> rows = csv.readAll();
			if (!rows.isEmpty() && rows.get(0).length > 0 && rows.get(0)[0].startsWith("\uFEFF")) {
				rows.get(0)[0] = rows.get(0)[0].substring(1);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (CsvException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Data rows of an inbox file as maps keyed by header (feeds with the header on row 1). */
	static List<Map<String, String>> records(String fileName) {
		List<String[]> rows = rows(la().dir().resolve(fileName));
		String[] header = rows.get(0);
		List<Map<String, String>> result = new ArrayList<>();
		for (String[] row : rows.subList(1, rows.size())) {
			Map<String, String> map = new LinkedHashMap<>();
			for (int i = 0; i < header.length; i++) {
				map.put(header[i], row[i]);
			}
			result.add(map);
		}
		return result;
	}

	/** Data rows of the provider list (header on row 4). */
	static List<String[]> providers() {
		List<String[]> rows = rows(la().dir().resolve("ofsted-providers.csv"));
		return rows.subList(4, rows.size());
	}

	static LocalDate date(String dmy) {
		return (dmy == null || dmy.isEmpty()) ? null : LocalDate.parse(dmy, DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	static Path realList() {
		return Path.of("src", "test", "resources", "ofsted", "provider_at_march_2025.csv");
	}

}
