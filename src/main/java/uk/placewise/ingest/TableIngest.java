package uk.placewise.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.placewise.ingest.tables.Table;
import uk.placewise.ingest.tables.TableSource;
import uk.placewise.store.IngestedFile;

/**
 * Ingests a file that holds tables (a workbook's sheets, an SSDA903 return's DfE tables): each table
 * is recognised on its own by its header and read as a CSV would be, with a ledger entry of its own
 * named {@code file#table}. A table's SHA-256 is that of the file's SHA-256 and the table's name, so
 * a workbook delivered again unchanged is not read again, table by table.
 */
final class TableIngest {

	/** ingest_file.file_name is varchar(500). */
	static final int MAX_NAME = 400;

	private final FileIngester files;

	TableIngest(FileIngester files) {
		this.files = files;
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
			String refusal = opened.refusal();
			return List.of(FileIngester.unrecognised(name, fileSha, null, started,
					refusal.length() > 1500 ? refusal.substring(0, 1500) + "..." : refusal));
		}
		List<IngestedFile> out = new ArrayList<>();
		Set<String> names = new HashSet<>();
		try (TableSource tables = opened.tables()) {
			for (Table table = tables.next(); table != null; table = tables.next()) {
				long tableStarted = System.nanoTime();
				String tableName = unique(table.name(), names);
				String sha = FileIngester.sha256((fileSha + "#" + tableName).getBytes(StandardCharsets.UTF_8));
				// read every night, never skipped by an earlier delivery's hash: bytes equal to an older delivery
				// (a correction reverted) must be read again, and the upsert leaves unchanged rows as they are
				out.add(files.table(new SheetRows(table), tableName, sha, table.kind(), true, feeds, rejects, runId,
						asOf, tableStarted));
			}
		}
		if (out.isEmpty()) {
			out.add(FileIngester.unrecognised(name, fileSha, null, started, opened.kind() + " with no sheets or tables"));
		}
		return out;
	}

	/**
	 * A table's name as the ledger keeps it (at most {@value #MAX_NAME} characters, its column's width
	 * less room to spare), made unique within the file: a hostile workbook may repeat a sheet's name.
	 */
	static String unique(String name, Set<String> taken) {
		String base = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "..." : name;
		String unique = base;
		for (int n = 2; !taken.add(unique); n++) {
			unique = base + " (" + n + ")";
		}
		return unique;
	}
}
