package uk.placewise.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.placewise.ingest.tables.Table;
import uk.placewise.ingest.tables.TableSource;
import uk.placewise.store.IngestLedger;
import uk.placewise.store.IngestedFile;

/**
 * Ingests a file that holds tables (a workbook's sheets, an SSDA903 return's DfE tables): each table
 * is recognised on its own by its header and read as a CSV would be, with a ledger entry of its own
 * named {@code file#table}. A table's SHA-256 is that of the file's SHA-256 and the table's name, so
 * a workbook delivered again unchanged is not read again, table by table.
 */
final class TableIngest {

	private final FileIngester files;

	private final IngestLedger ledger;

	TableIngest(FileIngester files, IngestLedger ledger) {
		this.files = files;
		this.ledger = ledger;
	}

	/** The file's tables' ledger entries, or null when the file holds no tables (a CSV). */
	List<IngestedFile> ingest(Path file, List<FeedDefinition> feeds, Path rejects, long runId, LocalDate asOf)
			throws IOException {
		long started = System.nanoTime();
		InboxFormat.Opened opened = InboxFormat.open(file);
		if (opened == null) {
			return null;
		}
		String name = file.getFileName().toString();
		String fileSha = FileIngester.streamedSha256(file);
		if (opened.tables() == null) {
			return List.of(FileIngester.unrecognised(name, fileSha, null, started, opened.refusal()));
		}
		List<IngestedFile> out = new ArrayList<>();
		try (TableSource tables = opened.tables()) {
			for (Table table = tables.next(); table != null; table = tables.next()) {
				long tableStarted = System.nanoTime();
				String sha = FileIngester.sha256((fileSha + "#" + table.name()).getBytes(StandardCharsets.UTF_8));
				Optional<IngestedFile> earlier = ledger.lastIngested(sha);
				if (earlier.isPresent()) {
					IngestedFile e = earlier.get();
					out.add(new IngestedFile(table.name(), sha, e.feed(), "unchanged", e.rowsRead(), 0, 0, e.rowsAccepted(),
							FileIngester.millis(tableStarted), "same content as " + e.fileName() + ", ingested by run "
									+ ledger.runThatIngested(sha) + ": not read again"));
					continue;
				}
				out.add(files.table(new SheetRows(table), table.name(), sha, table.kind(), true, feeds, rejects, runId,
						asOf, tableStarted));
			}
		}
		if (out.isEmpty()) {
			out.add(FileIngester.unrecognised(name, fileSha, null, started, opened.kind() + " with no sheets or tables"));
		}
		return out;
	}
}
