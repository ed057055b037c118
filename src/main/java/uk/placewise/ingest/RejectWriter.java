package uk.placewise.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * Writes rejected rows: each inbox file's rejects go to a part file of their own (rewritten if a
 * restarted run reads the file again), and the parts are joined into {@code rejects/<feed>.csv} when
 * the ingest step ends. A row is written as it arrived, then {@code file}, {@code line} and
 * {@code reason}; a cell a spreadsheet would run as a formula is neutralised with a leading {@code '}.
 * A personal cell (a column marked {@code personal} in the feed definition, or named in its
 * {@code personal-headers}) is written {@code [removed]}; in a feed with personal columns, so is every
 * cell of a row whose cells do not line up with the header (a personal value may have moved into any
 * of them), and the tail of a file cut off inside a quoted cell.
 */
final class RejectWriter implements AutoCloseable {

	static final String PARTS = ".rejects-parts";

	/** What a personal value is written as. */
	static final String REMOVED = "[removed]";

	private final Path part;

	private final String fileName;

	private final String[] header;

	private final Personal personal;

	private CSVWriter writer;

	private int count;

	RejectWriter(Path rejects, String feed, String fileName, String[] header) {
		this(rejects, feed, fileName, header, Personal.NONE);
	}

	RejectWriter(Path rejects, String feed, String fileName, String[] header, Personal personal) {
		this.part = rejects.resolve(PARTS).resolve(feed).resolve(safe(fileName) + ".csv");
		this.fileName = fileName;
		this.header = header;
		this.personal = personal;
	}

	/** Rejects the unreadable tail of a file cut off inside a quoted cell. */
	void rejectTail(String tail, long line, String reason) {
		reject(new String[] { personal.any() ? REMOVED : tail }, line, reason, true);
	}

	void reject(String[] cells, long line, String reason) {
		reject(cells, line, reason, false);
	}

	private void reject(String[] given, long line, String reason, boolean blanked) {
		String[] cells = blanked ? given : personal.blank(given);
		try {
			if (writer == null) {
				Files.createDirectories(part.getParent());
				writer = new CSVWriter(Files.newBufferedWriter(part, StandardCharsets.UTF_8), ',',
						ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\r\n");
				Files.writeString(headerOf(part), line(with(header, "file", "line", "reason")), StandardCharsets.UTF_8);
			}
			writer.writeNext(neutralise(with(cells, fileName, Long.toString(line), reason)), false);
			count++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int count() {
		return count;
	}

	/** Forgets an earlier attempt's part file for this inbox file (a restarted run reads it again). */
	void discardEarlier() throws IOException {
		Files.deleteIfExists(part);
		Files.deleteIfExists(headerOf(part));
	}

	@Override
	public void close() throws IOException {
		if (writer != null) {
			writer.close();
		}
	}

	/**
	 * Joins each feed's parts into rejects/<feed>.csv. When inbox files of one feed had different
	 * headers, each part keeps its own header row.
	 */
	static void joinParts(Path rejects) throws IOException {
		Path parts = rejects.resolve(PARTS);
		if (!Files.isDirectory(parts)) {
			return;
		}
		try (Stream<Path> feeds = Files.list(parts)) {
			for (Path feed : feeds.sorted().toList()) {
				join(feed, rejects.resolve(feed.getFileName() + ".csv"));
			}
		}
		try (Stream<Path> all = Files.walk(parts)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private static void join(Path feedParts, Path target) throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(feedParts)) {
			files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
		}
		String lastHeader = null;
		try (OutputStream out = Files.newOutputStream(target)) {
			for (Path file : files) {
				String header = Files.readString(headerOf(file), StandardCharsets.UTF_8);
				if (!header.equals(lastHeader)) {
					out.write(header.getBytes(StandardCharsets.UTF_8));
					lastHeader = header;
				}
				Files.copy(file, out);
			}
		}
	}

	private static Path headerOf(Path part) {
		return part.resolveSibling(part.getFileName() + ".header");
	}

	private static String line(String[] cells) {
		StringWriter text = new StringWriter();
		try (CSVWriter w = new CSVWriter(text, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
				ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\r\n")) {
			w.writeNext(neutralise(cells), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	static String[] neutralise(String[] cells) {
		String[] out = new String[cells.length];
		for (int i = 0; i < cells.length; i++) {
			String c = cells[i] == null ? "" : cells[i];
			out[i] = !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 ? "'" + c : c;
		}
		return out;
	}

	private static String[] with(String[] cells, String... more) {
		String[] out = Arrays.copyOf(cells, cells.length + more.length);
		System.arraycopy(more, 0, out, cells.length, more.length);
		return out;
	}

	/**
	 * A part file name for an inbox file: its name made safe, plus a hash of the real name so that two
	 * names made alike ({@code a b.csv}, {@code a_b.csv}) never share a part and lose each other's rejects.
	 */
	private static String safe(String name) {
		String hash = InboxFile.sha256(name.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
		String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
		// a file name may be as long as the file system allows (Excel's "Save as" of a long sheet title):
		// the part's name must leave room for the hash and the suffixes
		return (safe.length() > 60 ? safe.substring(0, 60) : safe) + "-" + hash;
	}

	/** Discards what a file that then failed left of its rejects, in whichever feed it was read as. */
	static void discard(Path rejects, String fileName) throws IOException {
		Path parts = rejects.resolve(PARTS);
		if (!Files.isDirectory(parts)) {
			return;
		}
		try (Stream<Path> feeds = Files.list(parts)) {
			for (Path feed : feeds.toList()) {
				Path part = feed.resolve(safe(fileName) + ".csv");
				Files.deleteIfExists(part);
				Files.deleteIfExists(headerOf(part));
			}
		}
	}
}
