package uk.placewise.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.placewise.store.FeedSources;
import uk.placewise.store.FeedSources.Standing;
import uk.placewise.store.FeedStore;
import uk.placewise.store.FeedTable;
import uk.placewise.store.FeedTableWriter;
import uk.placewise.store.IngestedFile;
import uk.placewise.store.StoreCounts;

/**
 * Ingests one inbox file: recognises its feed by the header row (searched for in the first rows,
 * below any title rows), reads every row, stores the good ones and rejects the rest with line and
 * reason. A file whose content is one its feed's current rows came from, read with the same feed
 * definition, is not read into the store again ({@link FeedSources}); its rejects, which still stand in
 * tonight's inbox, are written again.
 *
 * <p>Bounded whatever the file: the size is checked before a byte is read, the content is streamed
 * (hashed first, then read), and a file that is not the same when read as when hashed fails rather
 * than storing rows of one content under the hash of another.
 */
@Component
class FileIngester {

	/** How many records from the top of a file may be titles and notes before the header row. */
	static final int HEADER_SEARCH_ROWS = 10;

	private final FeedStore store;

	private final FeedSources sources;

	/** A file larger than this is reported, not read: a video dropped in the inbox must not exhaust memory. */
	private final long maxBytes;

	FileIngester(FeedStore store, FeedSources sources, @Value("${placewise.ingest.max-file-mb:256}") long maxFileMb) {
		this.store = store;
		this.sources = sources;
		this.maxBytes = maxFileMb * 1024 * 1024;
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
		if (standing.isPresent()) {
			return unchanged(file, sha, standing.get(), feeds, rejects, started);
		}
		return read(file, sha, feeds, rejects, started, new Storing(runId, asOf, name));
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
			long started) throws IOException {
		String name = file.getFileName().toString();
		int rejected = 0;
		if (standing.rowsRejected() > 0) {
			IngestedFile again = read(file, sha, feeds, rejects, started, null);
			rejected = again.rowsRejected();
		}
		return new IngestedFile(name, sha, standing.feed(), "unchanged", standing.rowsRead(), 0, rejected,
				standing.rowsAccepted(), millis(started), "same content as " + standing.fileName() + ", ingested by run "
						+ standing.runId() + ", whose rows still stand: not read again"
						+ (rejected > 0 ? "; " + rejected + " rejected (rejects/" + standing.feed() + ".csv)" : ""));
	}

	/** Reads the file; stores its good rows when {@code storing} is given, else only writes its rejects. */
	private IngestedFile read(Path file, String sha, List<FeedDefinition> feeds, Path rejects, long started,
			Storing storing) throws IOException {
		String name = file.getFileName().toString();
		try (InboxFile.Content content = InboxFile.open(file, maxBytes);
				TextDecoder.Text text = TextDecoder.reader(content);
				CsvRecords records = new CsvRecords(text)) {
			HeaderMatch header = findHeader(records, feeds);
			if (header == null) {
				return unrecognised(name, sha, null, started, "no header row matching a feed in the first "
						+ HEADER_SEARCH_ROWS + " rows (" + text.charset() + ")");
			}
			if (!header.missing().isEmpty()) {
				return unrecognised(name, sha, header.feed().feed(), started, "looks like " + header.feed().feed()
						+ " (header on line " + header.line() + ") but has no " + String.join(", ", header.missing())
						+ " column: add the file's name for it as an alias in jobs/feeds/" + header.feed().definedIn());
			}
			FeedDefinition feed = header.feed();
			FeedTableWriter writer = storing == null ? null : store.open(table(feed), name, storing.runId, storing.asOf);
			FileRows rows;
			try (RejectWriter rejected = new RejectWriter(rejects, feed.feed(), name, header.header(),
					Personal.of(header))) {
				rejected.discardEarlier();
				rows = FileRows.read(records, header, rejected, writer);
			}
			if (!content.drainedSha256().equals(sha)) {
				throw new FileChangedException(name + " changed while it was being read (still being copied in?);"
						+ " it is read again by the next run");
			}
			if (storing == null) {
				return new IngestedFile(name, sha, feed.feed(), "unchanged", rows.read(), 0, rows.rejected(), 0,
						millis(started), null);
			}
			StoreCounts counts = writer.finish();
			int accepted = rows.read() - rows.rejected();
			sources.stored(sha, new Standing(feed.feed(), feed.fingerprint(), name, storing.runId, rows.read(), accepted,
					rows.rejected()), counts.changed() > 0);
			String message = text.charset() + ", header on line " + header.line() + ": " + counts.inserted() + " new, "
					+ counts.changed() + " changed, " + counts.unchanged() + " unchanged"
					+ (rows.rejected() > 0 ? ", " + rows.rejected() + " rejected (rejects/" + feed.feed() + ".csv)" : "")
					+ rows.note();
			return new IngestedFile(name, sha, feed.feed(), "ingested", rows.read(), accepted, rows.rejected(),
					counts.unchanged(), millis(started), message);
		}
	}

	private record Storing(long runId, LocalDate asOf, String fileName) {
	}

	static HeaderMatch findHeader(CsvRecords records, List<FeedDefinition> feeds) {
		for (int i = 0; i < HEADER_SEARCH_ROWS; i++) {
			CsvRecords.CsvRecord record = records.next();
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

	private static IngestedFile unrecognised(String name, String sha, String feed, long started, String message) {
		return new IngestedFile(name, sha, feed, "unrecognised", 0, 0, 0, 0, millis(started), message);
	}

	private static long millis(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	/** The file read was not the file hashed: its rows are not stored (the savepoint rolls them back). */
	static final class FileChangedException extends IOException {

		FileChangedException(String message) {
			super(message);
		}
	}
}
