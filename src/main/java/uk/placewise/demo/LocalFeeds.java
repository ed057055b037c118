package uk.placewise.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The two small council feeds written at the end: the settings register and the postcode coordinates. */
final class LocalFeeds {

	private LocalFeeds() {
	}

	static long writeSettings(Path dir, List<String[]> rows) throws IOException {
		try (CsvOut csv = CsvOut.open(dir, "settings.csv", false, FeedHeaders.SETTINGS)) {
			for (String[] row : rows) {
				csv.row(row);
			}
			return csv.rows();
		}
	}

	/** Every postcode sector used as a HOME_POST or PL_POST, sorted, with 4-decimal coordinates (about 10 m). */
	static long writePostcodes(Path dir, Geography geography) throws IOException {
		try (CsvOut csv = CsvOut.open(dir, "postcodes.csv", false, FeedHeaders.POSTCODES)) {
			for (Map.Entry<String, double[]> e : geography.usedSectors().entrySet()) {
				csv.row(e.getKey(), String.format(Locale.ROOT, "%.4f", e.getValue()[0]),
						String.format(Locale.ROOT, "%.4f", e.getValue()[1]));
			}
			return csv.rows();
		}
	}

}
