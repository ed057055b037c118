package uk.placewise.ingest.tables;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** How a spreadsheet's typed cell becomes the text a CSV of it would hold, and where a cell is. */
public final class Cells {

	private Cells() {
	}

	/** Column letters for a zero-based column: 0 is A, 26 is AA. */
	public static String letters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int c = column + 1; c > 0; c = (c - 1) / 26) {
			letters.insert(0, (char) ('A' + (c - 1) % 26));
		}
		return letters.toString();
	}

	/** The zero-based column of a cell reference such as {@code C12}, or -1 when it has no letters. */
	public static int column(String reference) {
		int column = 0;
		int i = 0;
		while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			if (column > ReadLimits.MAX_COLUMNS) {
				return ReadLimits.MAX_COLUMNS;
			}
			i++;
		}
		return column - 1;
	}

	/**
	 * A stored number as a person would type it: {@code 1234} (never {@code 1234.0}, so an ID
	 * survives), {@code 0.5}; not a number is returned as it is, and no value (null) as null.
	 */
	public static String number(String stored) {
		if (stored == null) {
			return null;
		}
		try {
			BigDecimal n = new BigDecimal(stored.strip());
			return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return stored;
		}
	}

	/** A date cell as ISO text: the date alone at midnight, else date and time. */
	public static String date(LocalDateTime at) {
		return at.toLocalTime().toSecondOfDay() == 0 ? at.toLocalDate().toString()
				: at.toLocalDate() + " " + at.toLocalTime().withNano(0);
	}

	/** Appends text to a cell, refusing a cell longer than Excel allows. */
	public static void append(StringBuilder cell, CharSequence text, String where) {
		if (cell.length() + text.length() > ReadLimits.MAX_CELL_CHARS) {
			throw new UnreadableTable("cell " + where + " is longer than " + ReadLimits.MAX_CELL_CHARS
					+ " characters (Excel's limit)");
		}
		cell.append(text);
	}
}
