package uk.placewise.report.pdf;

import java.math.RoundingMode;
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
			case PERCENT -> pattern("#,##0.#").format(value) + "%";
			case COUNT -> pattern("#,##0").format(value);
			case GBP -> "£" + pattern("#,##0").format(value);
			case NUMBER -> pattern("#,##0.#").format(value);
		};
	}

	/** Rounds half up, as a reader rounds by hand (DecimalFormat's default is half even). */
	private static DecimalFormat pattern(String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, UK);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	static MeasureUnit parse(String text) {
		return valueOf(text.trim().toUpperCase(Locale.ROOT));
	}

}
