package uk.placewise.ingest;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Why a cell was rejected, told from its column's definition alone, never from the cell: in a feed that
 * carries personal columns a value in the wrong column (a date of birth under SEX, a UPN under
 * SDQ_SCORE) would otherwise be quoted word for word. Allowlist, not blocklist: nothing of the cell
 * reaches the reason but whether it was blank or one of Excel's fixed error values.
 */
final class BlindReason {

	private BlindReason() {
	}

	/** The reason for a cell of {@code column} that failed its check: the column and what it expects. */
	static String of(ColumnDefinition column, String raw) {
		String text = raw == null ? "" : raw.strip();
		String excelError = text.toUpperCase(Locale.ROOT);
		if (CellParser.EXCEL_ERRORS.contains(excelError)) {
			return column.header() + ": Excel error " + excelError + " in a required column";
		}
		if (text.isEmpty() || (column.type() == ColumnType.YESNO && text.equalsIgnoreCase("Not stated"))) {
			return column.header() + ": missing (required)";
		}
		return column.header() + ": not " + expected(column);
	}

	static String expected(ColumnDefinition column) {
		return switch (column.type()) {
			case DATE -> "a date (dd/mm/yyyy or yyyy-mm-dd) from 1900 to 2200";
			case INT -> "a whole number" + range(column);
			case DECIMAL -> "a number" + range(column);
			case YESNO -> "Yes or No";
			case CODE -> "one of " + (column.values().size() <= 8 ? String.join(", ", column.values())
					: "the codes listed in the feed definition");
			case TEXT, ID -> (column.pattern() == null ? "text" : "a valid " + column.header()) + " of at most "
					+ CellParser.MAX_TEXT + " characters";
		};
	}

	private static String range(ColumnDefinition column) {
		BigDecimal min = column.min();
		BigDecimal max = column.max();
		if (min != null && max != null) {
			return " from " + min.toPlainString() + " to " + max.toPlainString();
		}
		if (min != null) {
			return " of at least " + min.toPlainString();
		}
		return max != null ? " of at most " + max.toPlainString() : "";
	}
}
