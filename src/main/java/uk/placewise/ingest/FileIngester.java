package uk.placewise.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.placewise.PlacewiseProperties;
import uk.placewise.ingest.CsvRecords.CsvRecord;
import uk.placewise.ingest.RowValidator.Checked;
import uk.placewise.store.FeedStore;
import uk.placewise.store.FeedTable;
import uk.placewise.store.FeedTableWriter;
import uk.placewise.store.IngestLedger;
import uk.placewise.store.IngestWarnings;
import uk.placewise.store.IngestedFile;
import uk.placewise.store.StoreCounts;

/**
 * Ingests one inbox file: recognises its feed by the header row (searched for in the first rows,
 * below any title rows), reads every row, stores the good ones and rejects the rest with line and
 * reason. A file with the same content as one already ingested is not read again.
 */
@Component
class FileIngester {

	/** How many records from the top of a file may be titles and notes before the header row. */
	static final int HEADER_SEARCH_ROWS = 10;

	/** The ledger status of a sheet or table of a file that is no feed (a workbook's cover or notes). */
	static final String NOT_A_FEED = "not-a-feed";

	private final FeedStore store;

	private final IngestLedger ledger;

	private final IngestWarnings warnings;

	/** A file larger than this is reported, not read: a video dropped in the inbox must not exhaust memory. */
	private final long maxBytes;

	FileIngester(FeedStore store, IngestLedger ledger, IngestWarnings warnings, PlacewiseProperties properties) {
		this.store = store;
		this.ledger = ledger;
		this.warnings = warnings;
		this.maxBytes = properties.ingest().maxFileMb() * 1024 * 1024;
	}

	IngestedFile ingest(Path file, List<FeedDefinition> feeds, Path rejects, long runId, LocalDate asOf)
			throws IOException {
		long started = System.nanoTime();
		String name = file.getFileName().toString();
		long size = Files.size(file);
		if (size > maxBytes) {
			return unrecognised(name, streamedSha256(file), null, started, "too large to be a feed: " + size / (1024 * 1024)
					+ " MB (at most " + maxBytes / (1024 * 1024) + " MB, placewise.ingest.max-file-mb); not read");
		}
		byte[] bytes = Files.readAllBytes(file);
		String sha = sha256(bytes);
		Optional<IngestedFile> earlier = ledger.lastIngested(sha);
		if (earlier.isPresent()) {
			IngestedFile e = earlier.get();
			// what was said about this content when it was read still stands tonight
			warnings.record(runId, name, warnings.forFile(ledger.runThatIngested(sha), e.fileName())
				.stream()
				.map(w -> w.about(name))
				.toList());
			return new IngestedFile(name, sha, e.feed(), "unchanged", e.rowsRead(), 0, 0, e.rowsAccepted(),
					millis(started), "same content as " + e.fileName() + ", ingested by run " + ledger.runThatIngested(sha)
							+ ": not read again");
		}
		TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
		try (CsvRecords records = new CsvRecords(decoded.text())) {
			IngestedFile result = table(records, name, sha, decoded.charset(), false, feeds, rejects, runId, asOf, started);
			if ("unrecognised".equals(result.status()) && result.feed() == null) {
				// a table beside a feed's (Ofsted's other lists): say which, rather than "no header"
				String notAFeed = NotAFeed.explain(decoded.text(), feeds);
				if (notAFeed != null) {
					return unrecognised(name, sha, null, started, notAFeed);
				}
			}
			return result;
		}
	}

	/**
	 * Ingests every table of an inbox file: a workbook's sheets and an SSDA903 return's tables one by
	 * one, each with its own ledger entry; a CSV as {@link #ingest}.
	 */
	List<IngestedFile> ingestAll(Path file, List<FeedDefinition> feeds, Path rejects, long runId, LocalDate asOf)
			throws IOException {
		if (Files.size(file) <= maxBytes) {
			List<IngestedFile> tables = new TableIngest(this, ledger).ingest(file, feeds, rejects, runId, asOf);
			if (tables != null) {
				return tables;
			}
		}
		return List.of(ingest(file, feeds, rejects, runId, asOf));
	}

	/**
	 * Recognises one table by its header and reads it. {@code part} is true for one table of a file
	 * (a sheet), which matching no feed is "not a feed", not an unrecognised file.
	 */
	IngestedFile table(TableRows records, String name, String sha, String kind, boolean part,
			List<FeedDefinition> feeds, Path rejects, long runId, LocalDate asOf, long started) throws IOException {
		HeaderMatch header = findHeader(records, feeds);
		if (header == null && part) {
			return new IngestedFile(name, sha, null, NOT_A_FEED, 0, 0, 0, 0, millis(started),
					"not a feed: no header row matching a feed in the first " + HEADER_SEARCH_ROWS + " rows of " + kind
							+ " " + name.substring(name.lastIndexOf('#') + 1));
		}
		if (header == null) {
			return unrecognised(name, sha, null, started, "no header row matching a feed in the first "
					+ HEADER_SEARCH_ROWS + " rows (" + kind + ")");
		}
		if (!header.missing().isEmpty()) {
			warnings.record(runId, name, List.of(Refusal.brief(name, header)));
			return Refusal.of(name, sha, header, millis(started));
		}
		return read(records, header, name, sha, rejects, runId, asOf, started, kind);
	}

	private IngestedFile read(TableRows records, HeaderMatch header, String name, String sha, Path rejects, long runId,
			LocalDate asOf, long started, String charset) throws IOException {
		FeedDefinition feed = header.feed();
		FeedTableWriter writer = store.open(table(feed), name, runId, asOf);
		FileWarnings said = new FileWarnings(name);
		said.missingScoringColumns(header);
		said.repeatedColumns(header);
		YearFill year = YearFill.of(header, name, asOf);
		int read = 0;
		String truncated = "";
		try (RejectWriter rejected = new RejectWriter(rejects, feed.feed(), name, header.header())) {
			rejected.discardEarlier();
			for (CsvRecord record = records.next(); record != null; record = records.next()) {
				if (record.blank()) {
					continue;
				}
				read++;
				if (record.truncatedTail() != null) {
					truncated = "; truncated: the file ends inside a quoted cell begun on line " + record.line();
					rejected.reject(new String[] { record.truncatedTail() }, record.line(),
							"truncated: the file ends inside a quoted cell begun on this line");
					continue;
				}
				Checked checked = RowValidator.check(header, record.cells());
				if (checked.reason() != null) {
					rejected.reject(record.cells(), record.line(), checked.reason());
				}
				else {
					FeedTableWriter.Repeat repeat = writer.add(year.fill(checked.values()), record.line());
					if (repeat != null) {
						said.repeat(repeat, record.line(), keyOf(feed, checked.values()));
					}
				}
			}
			StoreCounts counts = writer.finish();
			int bad = rejected.count();
			String message = charset + ", header on line " + header.line() + ": " + counts.inserted() + " new, "
					+ counts.changed() + " changed, " + counts.unchanged() + " unchanged"
					+ (bad > 0 ? ", " + bad + " rejected (rejects/" + feed.feed() + ".csv)" : "") + truncated
					+ year.described();
			said.yearAfterAsOf(year.afterAsOf());
			warnings.record(runId, name, said.all());
			return new IngestedFile(name, sha, feed.feed(), "ingested", read, read - bad, bad, counts.unchanged(),
					millis(started), message);
		}
	}

	/** A row's natural key for a warning: {@code CHILD C1, DECOM 2026-04-01}. */
	private static String keyOf(FeedDefinition feed, Object[] values) {
		List<String> parts = new java.util.ArrayList<>();
		for (String k : feed.key()) {
			Object v = values[feed.columns().indexOf(feed.column(k))];
			parts.add(feed.column(k).header() + " " + (v == null ? "(blank)" : v));
		}
		return String.join(", ", parts);
	}

	static HeaderMatch findHeader(TableRows records, List<FeedDefinition> feeds) {
		for (int i = 0; i < HEADER_SEARCH_ROWS; i++) {
			CsvRecord record = records.next();
			if (record == null || record.truncatedTail() != null) {
				return null;
			}
			HeaderMatch match = HeaderMatch.best(feeds, record.cells(), record.line());
			if (match != null) {
				return match;
			}
		}
		return null;
	}

	static FeedTable table(FeedDefinition feed) {
		return new FeedTable(feed.table(), feed.columns().stream().map(ColumnDefinition::name).toList(),
				feed.columns().stream().mapToInt(c -> c.type().sqlType()).toArray(), feed.key());
	}

	static IngestedFile unrecognised(String name, String sha, String feed, long started, String message) {
		return new IngestedFile(name, sha, feed, "unrecognised", 0, 0, 0, 0, millis(started), message);
	}

	static long millis(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	static String streamedSha256(Path file) throws IOException {
		try (var in = new java.security.DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
