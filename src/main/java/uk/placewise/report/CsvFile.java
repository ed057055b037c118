package uk.placewise.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * Writes an output CSV as outputs.md says: UTF-8, a header row, comma, RFC 4180 quoting and CRLF line
 * ends, and every cell a spreadsheet would run as a formula neutralised with a leading apostrophe.
 */
public final class CsvFile implements AutoCloseable {

	private final ICSVWriter csv;

	private CsvFile(Writer writer) {
		this.csv = new CSVWriter(writer, ',', '"', '"', CSVWriter.RFC4180_LINE_END);
	}

	public static CsvFile create(Path path, List<String> header) throws IOException {
		Files.createDirectories(path.toAbsolutePath().getParent());
		CsvFile file = new CsvFile(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
		file.row(header);
		return file;
	}

	public void row(List<?> cells) {
		String[] out = new String[cells.size()];
		for (int i = 0; i < out.length; i++) {
			Object cell = cells.get(i);
			out[i] = neutralise(cell == null ? "" : cell.toString());
		}
		csv.writeNext(out, false);
	}

	/** {@code =1+2} becomes {@code '=1+2}: shown as text, never run (OWASP CSV injection). */
	public static String neutralise(String cell) {
		if (cell.isEmpty()) {
			return cell;
		}
		char first = cell.charAt(0);
		return switch (first) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
			default -> cell;
		};
	}

	@Override
	public void close() throws IOException {
		csv.close();
	}
}
