package uk.placewise.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * The part files of one feed's rejects, and their joining into one CSV with one header. One feed can
 * arrive in several files of different layouts (another column order, extra columns, an older year's
 * wording): the joined header is every column of every part, in the order first met (columns named
 * alike, ignoring case and spacing, are one column), then {@code extra_1...} for cells beyond a
 * header's width (a row with too many cells keeps them all), then {@code file}, {@code line} and
 * {@code reason}. Each row's cells go under its own file's column names.
 *
 * <p>Parts hold cells length-prefixed, not as CSV, so joining reads back exactly what was written,
 * whatever the cells hold (quotes, line breaks, carriage returns), one row at a time.
 */
final class RejectParts {

	/** A part: its header's file, and its rows' file. */
	record Part(Path header, Path rows) {
	}

	private RejectParts() {
	}

	static void writeHeader(Path file, String[] header) throws IOException {
		try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
			writeCells(out, header);
		}
	}

	/** Appends rows to a part: the cells as they arrived, then the file, line and reason. */
	static final class Writer implements AutoCloseable {

		private final DataOutputStream out;

		Writer(Path rows) throws IOException {
			this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(rows)));
		}

		void write(String[] cells, String file, String line, String reason) throws IOException {
			writeCells(out, cells);
			writeCells(out, new String[] { file, line, reason });
		}

		@Override
		public void close() throws IOException {
			out.close();
		}
	}

	static void join(List<Part> parts, Path target) throws IOException {
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<String> names = new ArrayList<>();
		List<int[]> positions = new ArrayList<>();
		int extra = 0;
		for (Part part : parts) {
			String[] header = readHeader(part.header());
			int[] at = new int[header.length];
			Map<String, Integer> seen = new HashMap<>();
			for (int i = 0; i < header.length; i++) {
				String name = HeaderMatch.normalise(header[i]);
				String key = name + "#" + seen.merge(name, 1, Integer::sum);
				Integer column = columns.get(key);
				if (column == null) {
					column = names.size();
					columns.put(key, column);
					names.add(header[i]);
				}
				at[i] = column;
			}
			positions.add(at);
			extra = Math.max(extra, widest(part.rows()) - header.length);
		}
		int width = names.size() + extra;
		for (int i = 1; i <= extra; i++) {
			names.add("extra_" + i);
		}
		names.addAll(List.of("file", "line", "reason"));
		try (CSVWriter out = new CSVWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), ',',
				ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\r\n")) {
			out.writeNext(names.toArray(String[]::new), false);
			for (int p = 0; p < parts.size(); p++) {
				int[] at = positions.get(p);
				int base = names.size() - 3 - extra;
				rows(parts.get(p).rows(), (cells, tail) -> {
					String[] row = new String[width + 3];
					java.util.Arrays.fill(row, "");
					for (int i = 0; i < cells.length; i++) {
						row[i < at.length ? at[i] : base + i - at.length] = cells[i];
					}
					System.arraycopy(tail, 0, row, width, 3);
					out.writeNext(row, false);
				});
			}
		}
	}

	private interface Row {

		void accept(String[] cells, String[] tail) throws IOException;

	}

	private static int widest(Path rows) throws IOException {
		int[] widest = { 0 };
		rows(rows, (cells, tail) -> widest[0] = Math.max(widest[0], cells.length));
		return widest[0];
	}

	private static void rows(Path rows, Row each) throws IOException {
		if (!Files.exists(rows)) {
			return;
		}
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(rows)))) {
			while (true) {
				String[] cells;
				String[] tail;
				try {
					cells = readCells(in);
					tail = readCells(in);
				}
				catch (EOFException end) {
					return; // the end (parts are closed before their file's ledger row commits)
				}
				each.accept(cells, tail);
			}
		}
	}

	private static String[] readHeader(Path file) throws IOException {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			return readCells(in);
		}
	}

	private static void writeCells(DataOutputStream out, String[] cells) throws IOException {
		out.writeInt(cells.length);
		for (String cell : cells) {
			byte[] bytes = (cell == null ? "" : cell).getBytes(StandardCharsets.UTF_8);
			out.writeInt(bytes.length);
			out.write(bytes);
		}
	}

	private static String[] readCells(DataInputStream in) throws IOException {
		int n = in.readInt();
		String[] cells = new String[n];
		for (int i = 0; i < n; i++) {
			byte[] bytes = new byte[in.readInt()];
			in.readFully(bytes);
			cells[i] = new String(bytes, StandardCharsets.UTF_8);
		}
		return cells;
	}

}
