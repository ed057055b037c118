package uk.placewise.results;

import java.math.BigDecimal;

/**
 * One measured number of the monthly dashboard (outputs.md K1-K12), as a night computed it.
 *
 * @param label the row of a breakdown (a placement type, an SDQ band, a flag code, a URN); empty for
 * a headline number
 * @param value the number, or null when there was nothing to measure (no denominator)
 * @param numerator the count behind a percentage, or null
 * @param denominator the count a percentage is of, or null
 */
public record KpiValue(String kpi, String measure, String label, BigDecimal value, Integer numerator,
		Integer denominator) {

	public static KpiValue count(String kpi, String measure, String label, int n) {
		return new KpiValue(kpi, measure, label, BigDecimal.valueOf(n), n, null);
	}

	/** A percentage of two counts; no value when the denominator is zero (nothing to measure). */
	public static KpiValue percent(String kpi, String measure, int numerator, int denominator) {
		BigDecimal value = denominator == 0 ? null
				: BigDecimal.valueOf(numerator * 100.0 / denominator).setScale(1, java.math.RoundingMode.HALF_UP);
		return new KpiValue(kpi, measure, "", value, numerator, denominator);
	}

	public static KpiValue number(String kpi, String measure, String label, Double value) {
		return new KpiValue(kpi, measure, label,
				value == null ? null : BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP), null, null);
	}
}
