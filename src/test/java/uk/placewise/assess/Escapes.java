package uk.placewise.assess;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The escape corpus (src/test/resources/sandbox/escapes/): rule files a hostile analyst might drop into
 * the rules folder. Each one, compiled and fired, writes a marker file ({@code MARKER} in its text is the
 * marker's path), reads the environment or a file into a reason, or exits the process.
 */
public final class Escapes {

	static final Path CORPUS = Path.of("src/test/resources/sandbox/escapes");

	/** What an escape does when it runs. */
	public enum Effect {
		WRITES_A_FILE, READS_THE_ENVIRONMENT, READS_A_FILE, EXITS_THE_PROCESS
	}

	/**
	 * One escape: the file to drop into a rules folder, under the name it is dropped as.
	 *
	 * @param line the line (or for a spreadsheet, the cell) a refusal must name
	 */
	public record Escape(String name, String fileName, byte[] content, Effect effect, String line) {

		@Override
		public String toString() {
			return name;
		}

		/** Writes the escape into a rules folder. */
		public void dropInto(Path rules) {
			try {
				Files.write(rules.resolve(fileName), content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** A rule that never stops: each firing updates the fact that made it fire. */
	public static final String LOOP = """
			package uk.placewise.rules;
			import uk.placewise.facts.Setting;

			rule "LOOP"
			when
			    $s : Setting()
			then
			    update( $s );
			end
			""";

	private Escapes() {
	}

	/** Every escape in the corpus, with {@code MARKER} replaced by {@code marker}. */
	public static List<Escape> all(Path marker) {
		List<Escape> escapes = new ArrayList<>();
		try (Stream<Path> files = Files.list(CORPUS)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				String text = Files.readString(file).replace("MARKER", marker.toString());
				if (name.endsWith(".csv")) {
					// a table written as CSV rows: laid into an .xlsx, the only kind of table a rules folder compiles
					String xlsx = "escape-" + name.substring(0, name.length() - 4) + ".xlsx";
					List<List<String>> rows = text.lines().map(Escapes::csvCells).toList();
					escapes.add(new Escape(name, xlsx, workbookOf(rows), Effect.WRITES_A_FILE, xlsx + "!" + payloadCell(rows)));
				}
				else if (name.endsWith(".txt")) {
					escapes.add(new Escape(name, "escape.xlsx", workbookWithCell(text), Effect.WRITES_A_FILE,
							"escape.xlsx!C9"));
				}
				else {
					escapes.add(new Escape(name, "escape-" + name, text.getBytes(StandardCharsets.UTF_8), effect(name),
							line(name, text)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return escapes;
	}

	private static Effect effect(String name) {
		if (name.startsWith("system-exit")) {
			return Effect.EXITS_THE_PROCESS;
		}
		if (name.startsWith("environment")) {
			return Effect.READS_THE_ENVIRONMENT;
		}
		if (name.startsWith("file-into")) {
			return Effect.READS_A_FILE;
		}
		return Effect.WRITES_A_FILE;
	}

	/** The file:line a refusal must name: the first line holding the payload (marked by the corpus). */
	private static String line(String name, String text) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String l = lines[i];
			if (!l.startsWith("//") && (l.contains("java") || l.contains("\\u") || l.contains("FileWriter")
					|| l.contains("dialect") || l.contains("Sys"))) {
				return "escape-" + name + ":" + (i + 1);
			}
		}
		throw new IllegalStateException(name + " has no payload line");
	}

	/** The shipped visit-frequency.xlsx with its first action cell (C9, the code row) holding {@code code}. */
	private static byte[] workbookWithCell(String code) throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("rules/visit-frequency.xlsx"));
				Workbook book = WorkbookFactory.create(in)) {
			book.getSheetAt(0).getRow(8).getCell(2).setCellValue(code.strip());
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			try (OutputStream out = bytes) {
				book.write(out);
			}
			return bytes.toByteArray();
		}
	}

	/** The cells of one CSV line: comma-separated, a quoted cell's doubled quote one quote. */
	private static List<String> csvCells(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	/** A workbook of one sheet holding {@code rows} as text cells from A1. */
	private static byte[] workbookOf(List<List<String>> rows) throws IOException {
		try (Workbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Table");
			for (int r = 0; r < rows.size(); r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			book.write(bytes);
			return bytes.toByteArray();
		}
	}

	/** The cell holding the table's payload (a name rules may not use): {@code B7}. */
	private static String payloadCell(List<List<String>> rows) {
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				if (rows.get(r).get(c).contains("java")) {
					return new org.apache.poi.ss.util.CellReference(r, c).formatAsString(false);
				}
			}
		}
		throw new IllegalStateException("the table has no payload cell");
	}
}
