package uk.placewise.report.pdf;

import java.time.YearMonth;

/**
 * One month of a trend.
 * @param month the calendar month
 * @param value the value, or null when that month has no data (drawn as a gap, never as 0)
 */
public record TrendPoint(YearMonth month, Double value) {
}
