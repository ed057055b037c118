package uk.placewise.report.pdf;

import java.util.List;

/**
 * A 12-month trend chart.
 * @param id the measure id, e.g. {@code K6}
 * @param title chart title, e.g. "Missing episodes per month"
 * @param unit how values are written on the axis
 * @param target a target line to draw, or null for none
 * @param points one point per month, oldest first; missing months may be absent or carry null
 */
public record TrendSeries(String id, String title, MeasureUnit unit, Double target, List<TrendPoint> points) {

	public TrendSeries {
		points = (points == null) ? List.of() : List.copyOf(points);
	}

	boolean hasData() {
		return this.points.stream().anyMatch((point) -> point.value() != null);
	}

}
