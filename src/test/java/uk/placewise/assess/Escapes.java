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
				if (name.endsWith(".txt")) {
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
				return "escape-" + name + (name.endsWith(".csv") ? ":7" : ":" + (i + 1));
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
}
