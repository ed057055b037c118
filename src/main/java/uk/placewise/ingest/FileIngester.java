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
import uk.placewise.store.FeedSources;
import uk.placewise.store.FeedSources.Standing;
import uk.placewise.store.FeedStore;
import uk.placewise.store.FeedTable;
import uk.placewise.store.FeedTableWriter;
import uk.placewise.store.IngestWarnings;
import uk.placewise.store.IngestWarning;
import uk.placewise.store.IngestedFile;
import uk.placewise.store.ListDates;
import uk.placewise.store.StoreCounts;

/**
 * Ingests one inbox file: recognises its feed by the header row (searched for in the first rows,
 * below any title rows), reads every row, stores the good ones and rejects the rest with line and
 * reason. A file whose content is one its feed's current rows came from, read with the same feed
 * definition, is not read into the store again ({@link FeedSources}); its rejects and warnings, which
 * still stand in tonight's inbox, are given again.
 *
 * <p>Bounded whatever the file: the size is checked before a byte is read, the content is streamed
 * (hashed first, then read), and a file that is not the same when read as when hashed fails rather
 * than storing rows of one content under the hash of another.
 */
@Component
class FileIngester {

	/** How many records from the top of a file may be titles and notes before the header row. */
	static final int HEADER_SEARCH_ROWS = 10;

	/** The ledger status of a sheet or table of a file that is no feed (a workbook's cover or notes). */
	static final String NOT_A_FEED = "not-a-feed";

	private final FeedStore store;

	private final FeedSources sources;

	private final IngestWarnings warnings;

	private final ListDates listDates;

	/** A file larger than this is reported, not read: a video dropped in the inbox must not exhaust memory. */
	private final long maxBytes;

	FileIngester(FeedStore store, FeedSources sources, IngestWarnings warnings, ListDates listDates,
			PlacewiseProperties properties) {
		this.store = store;
		this.listDates = listDates;
		this.sources = sources;
		this.warnings = warnings;
		this.maxBytes = properties.ingest().maxFileMb() * 1024 * 1024;
	}

	IngestedFile ingest(Path file, List<FeedDefinition> feeds, Path rejects, long runId, LocalDate asOf)
			throws IOException {
		long started = System.nanoTime();
		String name = file.getFileName().toString();
		long size = Files.size(file);
		if (size > maxBytes) {
			return unrecognised(name, null, null, started, "too large to be a feed: " + size / (1024 * 1024)
					+ " MB (at most " + maxBytes / (1024 * 1024) + " MB, placewise.ingest.max-file-mb); not read");
		}
		String sha = InboxFile.sha256(file, maxBytes);
		Optional<Standing> standing = sources.standing(sha).filter(s -> readWith(s, feeds));
		List<IngestWarning> said = standing.map(s -> warnings.forFile(s.runId(), s.fileName())).orElse(List.of());
		// a file whose rows were dated against that night's as-of (a list's as-at, a collection year) is read again
		if (standing.isPresent() && said.stream().noneMatch(IngestWarning::datesRowsByAsOf)) {
			// what was said when it was read stands, but rows dated after that night's as-of are checked again
			warnings.record(runId, name, said.stream().filter(w -> !w.dependsOnAsOf()).map(w -> w.about(name)).toList());
			return unchanged(file, sha, standing.get(), feeds, rejects, runId, asOf, started,
					said.stream().anyMatch(IngestWarning::dependsOnAsOf));
		}
		return readCsv(file, sha, feeds, rejects, runId, asOf, started, true);
	}

	/**
	 * Ingests every table of an inbox file: a workbook's sheets and an SSDA903 return's tables one by
	 * one, each with its own ledger entry; a CSV as {@link #ingest}.
	 */
	List<IngestedFile> ingestAll(Path file, List<FeedDefinition> feeds, Path rejects, long runId, LocalDate asOf)
			throws IOException {
		if (Files.size(file) <= maxBytes) {
			List<IngestedFile> tables = new TableIngest(this).ingest(file, feeds, rejects, runId, asOf);
			if (tables != null) {
				return tables;
			}
		}
		return List.of(ingest(file, feeds, rejects, runId, asOf));
	}

	/** True when the content stands and the feed is still defined as it was when it was read. */
	private static boolean readWith(Standing standing, List<FeedDefinition> feeds) {
		return feeds.stream()
			.anyMatch(f -> f.feed().equals(standing.feed()) && f.fingerprint().equals(standing.definition()));
	}

	/**
	 * A file whose rows stand as stored: nothing is stored, but its rejects are written again (by reading
	 * it without storing) so that tonight's outputs show every row of tonight's inbox that was not taken.
	 */
	private IngestedFile unchanged(Path file, String sha, Standing standing, List<FeedDefinition> feeds, Path rejects,
			long runId, LocalDate asOf, long started, boolean recheckDates) throws IOException {
		String name = file.getFileName().toString();
		int rejected = 0;
		if (standing.rowsRejected() > 0 || recheckDates) {
			rejected = readCsv(file, sha, feeds, rejects, runId, asOf, started, false).rowsRejected();
		}
		return new IngestedFile(name, sha, standing.feed(), "unchanged", standing.rowsRead(), 0, rejected,
				standing.rowsAccepted(), millis(started), "same content as " + standing.fileName() + ", ingested by run "
						+ standing.runId() + ", whose rows still stand: not read again"
						+ (rejected > 0 ? "; " + rejected + " rejected (rejects/" + standing.feed() + ".csv)" : ""));
	}

	/** Reads a CSV file streamed; stores its good rows when {@code storing}, else only writes its rejects. */
	private IngestedFile readCsv(Path file, String sha, List<FeedDefinition> feeds, Path rejects, long runId,
			LocalDate asOf, long started, boolean storing) throws IOException {
		String name = file.getFileName().toString();
		IngestedFile result;
		try (InboxFile.Content content = InboxFile.open(file, maxBytes);
				TextDecoder.Text text = TextDecoder.reader(content);
				CsvRecords records = new CsvRecords(text)) {
			result = table(records, name, sha, text.charset(), false, feeds, rejects, runId, asOf, started, storing);
			if ("ingested".equals(result.status()) && !content.drainedSha256().equals(sha)) {
				throw new FileChangedException(name + " changed while it was being read (still being copied in?);"
						+ " it is read again by the next run");
			}
		}
		if ("unrecognised".equals(result.status()) && result.feed() == null) {
			// a table beside a feed's (Ofsted's other lists): say which, rather than "no header"
			try (InboxFile.Content content = InboxFile.open(file, maxBytes);
					TextDecoder.Text text = TextDecoder.reader(content);
					CsvRecords records = new CsvRecords(text)) {
				String notAFeed = NotAFeed.explain(records, feeds);
				if (notAFeed != null) {
					return unrecognised(name, sha, null, started, notAFeed);
				}
			}
		}
		return result;
	}

	/**
	 * Recognises one table by its header and reads it. {@code part} is true for one table of a file
	 * (a sheet), which matching no feed is "not a feed", not an unrecognised file.
	 */
	IngestedFile table(TableRows records, String name, String sha, String kind, boolean part,
			List<FeedDefinition> feeds, Path rejects, long runId, LocalDate asOf, long started) throws IOException {
		return table(records, name, sha, kind, part, feeds, rejects, runId, asOf, started, true);
	}

	private IngestedFile table(TableRows records, String name, String sha, String kind, boolean part,
			List<FeedDefinition> feeds, Path rejects, long runId, LocalDate asOf, long started, boolean storing)
			throws IOException {
		TitleRows titled = new TitleRows(records);
		HeaderMatch header = findHeader(titled, feeds);
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
		return read(records, header, name, sha, rejects, runId, asOf, started, kind, storing, titled.titles());
	}

	private IngestedFile read(TableRows records, HeaderMatch header, String name, String sha, Path rejects, long runId,
			LocalDate asOf, long started, String charset, boolean storing, List<String> titles) throws IOException {
		FeedDefinition feed = header.feed();
		FeedTableWriter writer = storing ? store.open(table(feed), name, runId, asOf) : null;
		ListAsAt listAsAt = storing ? ListAsAt.of(feed, table(feed), listDates, name, titles, runId, asOf) : null;
		FileWarnings said = new FileWarnings(name);
		said.missingScoringColumns(header);
		said.repeatedColumns(header);
		YearFill year = YearFill.of(header, name, asOf);
		FileRows rows;
		try (RejectWriter rejected = new RejectWriter(rejects, feed.feed(), name, header.header(), Personal.of(header))) {
			rejected.discardEarlier();
			FileRows.Sink sink = writer == null ? (values, line) -> { } : (values, line) -> {
				FeedTableWriter.Repeat repeat = writer.add(year.fill(values), line);
				if (repeat != null) {
					said.repeat(repeat, line, keyOf(feed, values));
				}
			};
			DateChecks.AfterAsOf after = new DateChecks.AfterAsOf(feed, asOf);
			rows = FileRows.read(records, header, rejected, after.watch(listAsAt == null ? sink : listAsAt.guard(sink)));
			said.add(listAsAt == null ? List.of() : listAsAt.finish());
			said.add(after.warning(name));
		}
		if (!storing) {
			DateChecks.AfterAsOf.addTo(warnings, runId, name, said.all());
			return new IngestedFile(name, sha, feed.feed(), "unchanged", rows.read(), 0, rows.rejected(), 0,
					millis(started), null);
		}
		StoreCounts counts = writer.finish();
		int accepted = rows.read() - rows.rejected();
		sources.stored(sha, new Standing(feed.feed(), feed.fingerprint(), name, runId, rows.read(), accepted,
				rows.rejected()), counts.changed() > 0);
		String message = charset + ", header on line " + header.line() + ": " + counts.inserted() + " new, "
				+ counts.changed() + " changed, " + counts.unchanged() + " unchanged"
				+ (rows.rejected() > 0 ? ", " + rows.rejected() + " rejected (rejects/" + feed.feed() + ".csv)" : "")
				+ rows.note() + rows.paddedNote() + year.described();
		said.yearAfterAsOf(year.afterAsOf());
		said.truncated(rows.note());
		said.mostlyRejected(rows.read(), rows.rejected(), feed.feed());
		warnings.record(runId, name, said.all());
		return new IngestedFile(name, sha, feed.feed(), "ingested", rows.read(), accepted, rows.rejected(),
				counts.unchanged(), millis(started), message);
	}

	/**
	 * A row's natural key for a warning: {@code CHILD C1, DECOM 2026-04-01}; a personal key column (a
	 * council's feed may key on one) is shown as removed, as in rejects.
	 */
	static String keyOf(FeedDefinition feed, Object[] values) {
		List<String> parts = new java.util.ArrayList<>();
		for (String k : feed.key()) {
			ColumnDefinition column = feed.column(k);
			Object v = values[feed.columns().indexOf(column)];
			parts.add(column.header() + " " + (column.personal() ? RejectWriter.REMOVED : v == null ? "(blank)" : v));
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

	/** The file read was not the file hashed: its rows are not stored (the savepoint rolls them back). */
	static final class FileChangedException extends IOException {

		FileChangedException(String message) {
			super(message);
		}
	}
}
