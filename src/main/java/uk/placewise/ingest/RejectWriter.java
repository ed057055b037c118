package uk.placewise.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;


/**
 * Writes rejected rows: each inbox file's rejects go to a part file of their own (rewritten if a
 * restarted run reads the file again), and the parts are joined into {@code rejects/<feed>.csv} when
 * the ingest step ends, under one header whatever mix of layouts the feed's files had (see
 * {@link RejectParts}). A row is written as it arrived, then {@code file}, {@code line} and
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

	private RejectParts.Writer writer;

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
				RejectParts.writeHeader(headerOf(part), neutralise(header));
				writer = new RejectParts.Writer(part);
			}
			String[] tail = neutralise(new String[] { fileName, Long.toString(line), reason });
			writer.write(neutralise(cells), tail[0], tail[1], tail[2]);
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

	/** Joins each feed's parts into rejects/<feed>.csv, under one header (see {@link RejectParts}). */
	static void joinParts(Path rejects) throws IOException {
		Path parts = rejects.resolve(PARTS);
		if (!Files.isDirectory(parts)) {
			return;
		}
		try (Stream<Path> feeds = Files.list(parts)) {
			for (Path feed : feeds.sorted().toList()) {
				List<Path> files;
				try (Stream<Path> list = Files.list(feed)) {
					files = list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
				}
				RejectParts.join(files.stream().map(f -> new RejectParts.Part(headerOf(f), f)).toList(),
						rejects.resolve(feed.getFileName() + ".csv"));
			}
		}
		try (Stream<Path> all = Files.walk(parts)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private static Path headerOf(Path part) {
		return part.resolveSibling(part.getFileName() + ".header");
	}

	static String[] neutralise(String[] cells) {
		String[] out = new String[cells.length];
		for (int i = 0; i < cells.length; i++) {
			String c = cells[i] == null ? "" : cells[i];
			out[i] = !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 ? "'" + c : c;
		}
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
