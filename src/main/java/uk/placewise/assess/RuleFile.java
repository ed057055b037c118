package uk.placewise.assess;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * One file of the rules folder as the engine sees it: a DRL file as written, or a decision table
 * turned into DRL, with a way back from a line of that DRL to the line (or row) the council edits.
 */
record RuleFile(String name, String relative, String drl, boolean table, TableCells cells) {

	RuleFile(String name, String relative, String drl, boolean table) {
		this(name, relative, drl, table, null);
	}

	private static final Pattern ROW = Pattern.compile("//\\s*rule values at [A-Z]+(\\d+)");

	/**
	 * Whether the folder's file is compiled: an allowlist, {@code .drl} files and {@code .xlsx} decision
	 * tables. A {@code .csv} (which Drools would read as a table: a stray {@code rules-impact.csv}, a
	 * scenario saved as CSV) or an {@code .xls} is not compiled, and is listed as such ({@link UncompiledFiles}).
	 */
	static boolean isRules(String fileName) {
		return isDrl(fileName) || isTable(fileName);
	}

	/**
	 * The file as the engine compiles it. Only {@link #isRules} files of a folder come here; a CSV table
	 * handed in directly is read too, so the sandbox's tests can write a table's rows as text.
	 */
	static RuleFile of(String name, String relative, byte[] content) {
		if (isDrl(relative)) {
			return new RuleFile(name, relative, new String(content, StandardCharsets.UTF_8), false);
		}
		InputType type = lower(relative).endsWith(".csv") ? InputType.CSV : InputType.XLS;
		String drl;
		try {
			drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), type);
		}
		catch (RuntimeException ex) {
			throw new RulesCompileException(
					java.util.List.of(name + ":1: the decision table cannot be read: " + rootMessage(ex)));
		}
		return new RuleFile(name, relative, drl, true, TableCells.of(name, content, type == InputType.CSV));
	}

	/** Where a line of the DRL is in the council's file: the same line, or the table row it came from. */
	int sourceLine(int drlLine) {
		if (!table) {
			return drlLine;
		}
		String[] lines = drl.split("\n", -1);
		int row = 1;
		for (int i = 0; i < Math.min(drlLine, lines.length); i++) {
			Matcher m = ROW.matcher(lines[i]);
			if (m.find()) {
				row = Integer.parseInt(m.group(1));
			}
		}
		return row;
	}

	/**
	 * How a message names a place in this file, {@code rules/ofsted.drl:12: }; for a decision table the
	 * cell holding {@code token} ({@code rules/visit-frequency.xlsx!C9: }).
	 */
	String where(int drlLine, String token) {
		if (!table || cells == null) {
			return name + ":" + drlLine + ": ";
		}
		return cells.locate(sourceLine(drlLine), token) + ": ";
	}

	/** The path this file has inside the engine's virtual project. */
	String enginePath() {
		return "src/main/resources/uk/placewise/rules/" + relative + (table ? ".drl" : "");
	}

	private static boolean isDrl(String fileName) {
		return lower(fileName).endsWith(".drl");
	}

	private static boolean isTable(String fileName) {
		return lower(fileName).endsWith(".xlsx");
	}

	private static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}
}
