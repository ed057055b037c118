package uk.placewise.ingest;

import java.util.ArrayList;
import java.util.List;

import uk.placewise.ingest.CsvRecords.CsvRecord;
import uk.placewise.ingest.RowValidator.Checked;

/**
 * What the ingest path makes of a file's bytes, without a database: the same decoding, header search
 * and row checks as {@link FileIngester}, stopping where it would hand rows to the store.
 */
record Reading(FeedDefinition feed, String unrecognised, List<Row> rows) {

	/** One non-blank record: its values when accepted, else the reason it was rejected. */
	record Row(long line, Object[] values, String reason) {
	}

	static Reading of(byte[] bytes, List<FeedDefinition> feeds) {
		TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
		try (CsvRecords records = new CsvRecords(decoded.text())) {
			HeaderMatch header = FileIngester.findHeader(records, feeds);
			if (header == null) {
				return new Reading(null, "no header row matching a feed (" + decoded.charset() + ")", List.of());
			}
			if (!header.missing().isEmpty()) {
				return new Reading(header.feed(), "has no " + String.join(", ", header.missing()) + " column", List.of());
			}
			List<Row> rows = new ArrayList<>();
			for (CsvRecord record = records.next(); record != null; record = records.next()) {
				if (record.blank()) {
					continue;
				}
				if (record.truncatedTail() != null) {
					rows.add(new Row(record.line(), null, "truncated"));
					continue;
				}
				Checked checked = RowValidator.check(header, record.cells());
				rows.add(new Row(record.line(), checked.values(), checked.reason()));
			}
			return new Reading(header.feed(), null, rows);
		}
	}

	long accepted() {
		return rows.stream().filter(r -> r.reason() == null).count();
	}
}
