package uk.placewise.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one cell into a typed value the way feeds.md "What Excel does" asks: dates as d/m/yyyy or
 * ISO (with or without a time), Yes/No/Y/N/TRUE/FALSE, whole numbers written {@code 3.0}, Excel error
 * values blank in optional columns. Never guesses: {@code 05/13/2026} is not a date.
 */
final class CellParser {

	/** What Excel writes into a cell whose formula failed. */
	static final Set<String> EXCEL_ERRORS = Set.of("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!",
			"#SPILL!", "#CALC!", "#GETTING_DATA", "#N/A!");

	private static final String TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)?";

	private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})" + TIME);

	/** The feed tables hold text in varchar(500) (V1_1__feed_tables.sql): a longer cell is a reject, not a failed file. */
	static final int MAX_TEXT = 500;

	/** numeric(14,6): eight digits before the point, six after. */
	private static final BigDecimal MAX_DECIMAL = new BigDecimal("100000000");

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME);

	/**
	 * A number as a spreadsheet writes one, with at most {@link #MAX_DIGITS} digits and an exponent of
	 * at most two digits ({@code 1.5E+07}). Checked before BigDecimal sees the text: BigDecimal takes
	 * {@code 1e-999999999} and then fails (or works for minutes) when it is compared or rounded.
	 */
	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d*)(?:\\.(\\d*))?(?:[eE][+-]?\\d{1,2})?");

	static final int MAX_DIGITS = 30;

	private CellParser() {
	}

	/** A parsed cell: a value (null for blank) or the reason it could not be read. */
	record Cell(Object value, String error) {

		static Cell ok(Object value) {
			return new Cell(value, null);
		}

		static Cell bad(String error) {
			return new Cell(null, error);
		}
	}

	static Cell parse(ColumnDefinition column, String raw) {
		Cell cell = parseShown(column, raw);
		return cell.error() == null || !column.personal() ? cell : Cell.bad(removed(column, raw));
	}

	/**
	 * Why a personal cell was rejected without its value, nor any part of it ("no month 14" would tell
	 * half of a date of birth).
	 */
	private static String removed(ColumnDefinition column, String raw) {
		String text = raw == null ? "" : raw.strip();
		if (text.isEmpty() || EXCEL_ERRORS.contains(text.toUpperCase(Locale.ROOT))) {
			return parseShown(column, raw).error();
		}
		String what = switch (column.type()) {
			case DATE -> "is not a date (write dd/mm/yyyy or yyyy-mm-dd), or out of range";
			case INT -> "is not a whole number in range";
			case DECIMAL -> "is not a number in range";
			case YESNO -> "is not Yes or No";
			case CODE -> "is not one of the allowed codes";
			case TEXT, ID -> "is not a valid " + column.header();
		};
		return column.header() + ": " + RejectWriter.REMOVED + " " + what;
	}

	private static Cell parseShown(ColumnDefinition column, String raw) {
		String text = raw == null ? "" : raw.strip();
		String label = column.header();
		if (EXCEL_ERRORS.contains(text.toUpperCase(Locale.ROOT))) {
			return column.required() ? Cell.bad(label + ": Excel error " + text + " in a required column") : Cell.ok(null);
		}
		if (text.isEmpty() || (column.type() == ColumnType.YESNO && text.equalsIgnoreCase("Not stated"))) {
			return column.required() ? Cell.bad(label + ": missing (required)") : Cell.ok(null);
		}
		Cell cell = switch (column.type()) {
			case TEXT -> text(column, text);
			case ID -> text(column, EXCEL_WHOLE_NUMBER.matcher(text).matches() ? text.substring(0, text.indexOf('.')) : text);
			case DATE -> date(text);
			case INT -> integer(text);
			case DECIMAL -> decimal(text);
			case YESNO -> yesNo(text);
			case CODE -> code(column, text);
		};
		if (cell.error() != null) {
			return Cell.bad(label + ": " + cell.error());
		}
		String range = range(column, cell.value());
		return range == null ? cell : Cell.bad(label + ": " + range);
	}

	/** A whole number as Excel writes it into a text cell: {@code 1234.0}. */
	private static final java.util.regex.Pattern EXCEL_WHOLE_NUMBER = java.util.regex.Pattern.compile("\\d{1,30}\\.0{1,10}");

	/** A run of white space in an upper-cased cell (a postcode, a URN): one space. Compiled once, not per cell. */
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static Cell text(ColumnDefinition column, String text) {
		if (text.length() > MAX_TEXT) {
			return Cell.bad("too long: " + text.length() + " characters (at most " + MAX_TEXT + ")");
		}
		if (text.indexOf('\u0000') >= 0) {
			return Cell.bad(quote(text) + " contains a NUL character (a binary file, or one saved as UTF-16?)");
		}
		String value = column.upper() ? SPACES.matcher(text.toUpperCase(Locale.ROOT)).replaceAll(" ") : text;
		if (column.pattern() != null && !column.pattern().matcher(value).matches()) {
			return Cell.bad(quote(text) + " does not look like a " + column.header());
		}
		return Cell.ok(value);
	}

	static Cell date(String text) {
		Matcher dmy = DMY.matcher(text);
		Matcher iso = ISO.matcher(text);
		int year;
		int month;
		int day;
		if (dmy.matches()) {
			year = Integer.parseInt(dmy.group(3));
			month = Integer.parseInt(dmy.group(2));
			day = Integer.parseInt(dmy.group(1));
		}
		else if (iso.matches()) {
			year = Integer.parseInt(iso.group(1));
			month = Integer.parseInt(iso.group(2));
			day = Integer.parseInt(iso.group(3));
		}
		else {
			return Cell.bad(quote(text) + " is not a date (write dd/mm/yyyy or yyyy-mm-dd)");
		}
		if (month < 1 || month > 12) {
			return Cell.bad(quote(text) + " is not a date (day/month/year: there is no month " + month + ")");
		}
		if (year < 1900 || year > 2200) {
			return Cell.bad(quote(text) + " is not a date (year " + year + ")");
		}
		try {
			return Cell.ok(LocalDate.of(year, month, day));
		}
		catch (DateTimeException ex) {
			return Cell.bad(quote(text) + " is not a date");
		}
	}

	/** The text as a number, or null when it is not one or is beyond {@link #NUMBER}'s bounds. */
	private static BigDecimal number(String text) {
		if (text.length() > MAX_DIGITS + 8) {
			return null;
		}
		Matcher m = NUMBER.matcher(text);
		int digits = m.matches() ? m.group(1).length() + (m.group(2) == null ? 0 : m.group(2).length()) : 0;
		if (digits == 0 || digits > MAX_DIGITS) {
			return null;
		}
		return new BigDecimal(text);
	}

	private static String notANumber(String text, String what) {
		return quote(text) + " is not " + what + (text.length() > MAX_DIGITS + 8 || text.matches("[^eE]*[eE][+-]?\\d{3,}")
				|| text.replaceAll("[^0-9]", "").length() > MAX_DIGITS
				? " Placewise reads (at most " + MAX_DIGITS + " digits and an exponent of at most 99)" : "");
	}

	private static Cell integer(String text) {
		try {
			BigDecimal n = number(text);
			if (n == null) {
				return Cell.bad(notANumber(text, "a whole number"));
			}
			if (n.stripTrailingZeros().scale() > 0) {
				return Cell.bad(quote(text) + " is not a whole number");
			}
			return Cell.ok(n.intValueExact());
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return Cell.bad(quote(text) + " is not a whole number");
		}
	}

	private static Cell decimal(String text) {
		try {
			BigDecimal n = number(text);
			if (n == null) {
				return Cell.bad(notANumber(text, "a number"));
			}
			if (n.abs().compareTo(MAX_DECIMAL) >= 0) {
				return Cell.bad(quote(text) + " is too large (at most 99999999.999999)");
			}
			// more than six decimal places would be rounded by the database anyway: round here, so the row
			// hash matches what is stored
			return Cell.ok(n.scale() > 6 ? n.setScale(6, java.math.RoundingMode.HALF_UP) : n);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return Cell.bad(quote(text) + " is not a number");
		}
	}

	private static Cell yesNo(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "yes", "y", "true" -> Cell.ok(Boolean.TRUE);
			case "no", "n", "false" -> Cell.ok(Boolean.FALSE);
			default -> Cell.bad(quote(text) + " is not Yes or No");
		};
	}

	private static Cell code(ColumnDefinition column, String text) {
		for (String allowed : column.values()) {
			if (allowed.equalsIgnoreCase(text)) {
				return Cell.ok(allowed);
			}
		}
		for (var alias : column.valueAliases().entrySet()) {
			if (alias.getKey().equalsIgnoreCase(text)) {
				return Cell.ok(alias.getValue());
			}
		}
		String allowed = column.values().size() <= 8 ? String.join(", ", column.values())
				: "the codes listed in the feed definition";
		return Cell.bad(quote(text) + " is not one of " + allowed);
	}

	private static String range(ColumnDefinition column, Object value) {
		if (!(value instanceof Number number)) {
			return null;
		}
		BigDecimal n = new BigDecimal(number.toString());
		if (column.min() != null && n.compareTo(column.min()) < 0) {
			return number + " is below the minimum " + column.min().toPlainString();
		}
		if (column.max() != null && n.compareTo(column.max()) > 0) {
			return number + " is above the maximum " + column.max().toPlainString();
		}
		return null;
	}

	private static String quote(String text) {
		String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
		return "'" + shown.replace("\n", " ").replace("\r", " ").replace("\u0000", "\\0") + "'";
	}
}
