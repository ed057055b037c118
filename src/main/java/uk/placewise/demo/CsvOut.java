package uk.placewise.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * RFC 4180 CSV, streamed: UTF-8, CRLF between records (as Excel and the DfE tools write), a cell quoted only
 * when it holds a comma, a quote or a line break (as the Ofsted file does). Counts data rows.
 */
final class CsvOut implements Closeable {

	private static final String CRLF = "\r\n";

	private final String name;

	private final BufferedWriter out;

	private long rows;

	private CsvOut(String name, BufferedWriter out) {
		this.name = name;
		this.out = out;
	}

	static CsvOut open(Path dir, String name, boolean bom, String... header) throws IOException {
		OutputStream stream = Files.newOutputStream(dir.resolve(name));
		if (bom) {
			stream.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		CsvOut csv = new CsvOut(name, new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16));
		if (header.length > 0) {
			csv.line(header);
		}
		return csv;
	}

	/** A row that is not data (title, notes, header). */
	void line(String... cells) throws IOException {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				this.out.write(',');
			}
			write(cells[i]);
		}
		this.out.write(CRLF);
	}

	void row(String... cells) throws IOException {
		line(cells);
		this.rows++;
	}

	private void write(String cell) throws IOException {
		if (cell == null || cell.isEmpty()) {
			return;
		}
		boolean quote = false;
		for (int i = 0; i < cell.length() && !quote; i++) {
			char c = cell.charAt(i);
			quote = c == ',' || c == '"' || c == '\n' || c == '\r';
		}
		if (!quote) {
			this.out.write(cell);
			return;
		}
		this.out.write('"');
		this.out.write(cell.replace("\"", "\"\""));
		this.out.write('"');
	}

	String name() {
		return this.name;
	}

	long rows() {
		return this.rows;
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

}
