package uk.placewise.report.pdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK writes them: "1 April 2026" in prose, "1 Apr 2026" in tables. */
final class Dates {

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter AXIS = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

	private Dates() {
	}

	static String text(LocalDate date) {
		return (date == null) ? "" : LONG.format(date);
	}

	static String cell(LocalDate date) {
		return (date == null) ? "" : SHORT.format(date).replace("Sept", "Sep");
	}

	static String month(YearMonth month) {
		return (month == null) ? "" : MONTH.format(month);
	}

	static String axis(YearMonth month) {
		return AXIS.format(month).replace("Sept", "Sep");
	}

	/** What an empty measure, table or chart says instead of showing zeros. */
	static String noData(YearMonth month) {
		return "No data for " + month(month);
	}

}
