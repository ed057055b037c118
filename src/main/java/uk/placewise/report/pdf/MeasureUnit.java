package uk.placewise.report.pdf;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How a measure's number is written on the page. */
public enum MeasureUnit {

	/** 87.5% (a value of 87.5, not 0.875). */
	PERCENT,
	/** a whole number of children, settings or visits. */
	COUNT,
	/** pounds per week, written £2,800. */
	GBP,
	/** a plain number with at most one decimal, e.g. a mean SDQ score. */
	NUMBER;

	private static final DecimalFormatSymbols UK = DecimalFormatSymbols.getInstance(Locale.UK);

	public String format(double value) {
		return switch (this) {
			case PERCENT -> new DecimalFormat("#,##0.#", UK).format(value) + "%";
			case COUNT -> new DecimalFormat("#,##0", UK).format(value);
			case GBP -> "£" + new DecimalFormat("#,##0", UK).format(value);
			case NUMBER -> new DecimalFormat("#,##0.#", UK).format(value);
		};
	}

	static MeasureUnit parse(String text) {
		return valueOf(text.trim().toUpperCase(Locale.ROOT));
	}

}
