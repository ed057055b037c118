package uk.placewise.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * BENCH-ONLY. A demo CSV file of plain cells (no quoted cell: the demo quotes only the Ofsted list,
 * which {@link NextNightInbox} never changes), header on the first line, CRLF. A row's line is kept as read until the row is changed.
 */
final class PlainCsv {

	private static final String CRLF = "\r\n";

	private final Path file;

	private final String[] header;

	private final String headerLine;

	/** Each row's line as read, or null once the row is changed or added. */
	private List<String> lines;

	private List<String[]> rows;

	private PlainCsv(Path file, String headerLine, List<String> lines) {
		this.file = file;
		this.headerLine = headerLine;
		this.header = headerLine.replace("\uFEFF", "").split(",", -1);
		this.lines = lines;
		this.rows = new ArrayList<>(lines.size());
		for (String line : lines) {
			if (line.indexOf('"') >= 0) {
				throw new IllegalStateException(file + ": a quoted cell; the next night's inbox reads plain cells only");
			}
			String[] cells = line.split(",", -1);
			this.rows.add(cells.length == header.length ? cells : Arrays.copyOf(cells, header.length));
		}
	}

	static PlainCsv read(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		List<String> lines = new ArrayList<>(Arrays.asList(text.split(CRLF, -1)));
		if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		String header = lines.remove(0);
		return new PlainCsv(file, header, lines);
	}

	List<String[]> rows() {
		return rows;
	}

	int width() {
		return header.length;
	}

	int column(String name) {
		Integer i = columnOrNull(name);
		if (i == null) {
			throw new IllegalStateException(file + " has no column " + name);
		}
		return i;
	}

	Integer columnOrNull(String name) {
		for (int i = 0; i < header.length; i++) {
			if (header[i].equals(name)) {
				return i;
			}
		}
		return null;
	}

	boolean changed(int i) {
		return lines.get(i) == null;
	}

	void change(int i) {
		lines.set(i, null);
	}

	void add(String[] row) {
		rows.add(row);
		lines.add(null);
	}

	/** Inserts each new row after the row of its index. */
	void insertAfter(Map<Integer, String[]> after) {
		List<String[]> newRows = new ArrayList<>(rows.size() + after.size());
		List<String> newLines = new ArrayList<>(rows.size() + after.size());
		for (int i = 0; i < rows.size(); i++) {
			newRows.add(rows.get(i));
			newLines.add(lines.get(i));
			String[] next = after.get(i);
			if (next != null) {
				newRows.add(next);
				newLines.add(null);
			}
		}
		rows = newRows;
		lines = newLines;
	}

	void write() throws IOException {
		StringBuilder out = new StringBuilder(headerLine).append(CRLF);
		for (int i = 0; i < rows.size(); i++) {
			out.append(lines.get(i) != null ? lines.get(i) : String.join(",", rows.get(i))).append(CRLF);
		}
		Files.writeString(file, out, StandardCharsets.UTF_8);
	}
}
