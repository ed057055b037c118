package uk.placewise.report.pdf;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A 12-month line chart for one measure: months without data are gaps in the line, not zeros; the
 * target, when there is one, is a dashed line (named in the caption, where it cannot overlap the data).
 */
final class TrendChart {

	static final int MONTHS = 12;

	private TrendChart() {
	}

	static JFreeChart build(TrendSeries series, YearMonth lastMonth, Fonts fonts) {
		Map<YearMonth, Double> values = series.points().stream().filter((point) -> point.value() != null)
				.collect(Collectors.toMap(TrendPoint::month, TrendPoint::value, (a, b) -> b));
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		double max = (series.target() != null) ? series.target() : 0;
		for (int i = MONTHS - 1; i >= 0; i--) {
			YearMonth month = lastMonth.minusMonths(i);
			Double value = values.get(month);
			dataset.addValue(value, series.title(), Dates.axis(month));
			max = Math.max(max, Objects.requireNonNullElse(value, 0d));
		}
		Font tick = fonts.awtRegular.deriveFont(7f);
		CategoryAxis months = new CategoryAxis();
		months.setTickLabelFont(tick);
		months.setTickLabelPaint(Palette.SECONDARY);
		months.setMaximumCategoryLabelLines(2);
		months.setTickMarksVisible(false);
		months.setAxisLinePaint(Palette.BORDER);
		months.setLowerMargin(0.02);
		months.setUpperMargin(0.02);
		NumberAxis axis = valueAxis(series.unit(), max, tick);
		LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
		line.setSeriesPaint(0, Palette.BLUE);
		line.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		line.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
		CategoryPlot plot = new CategoryPlot(dataset, months, axis, line);
		plot.setBackgroundPaint(Palette.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(Palette.BORDER);
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		if (series.target() != null) {
			plot.addRangeMarker(target(series));
		}
		JFreeChart chart = new JFreeChart(null, fonts.awtRegular.deriveFont(9f), plot, false);
		chart.setBackgroundPaint(Palette.WHITE);
		chart.setBorderVisible(false);
		chart.setPadding(new RectangleInsets(2, 0, 0, 4));
		return chart;
	}

	private static NumberAxis valueAxis(MeasureUnit unit, double max, Font tick) {
		NumberAxis axis = new NumberAxis();
		axis.setTickLabelFont(tick);
		axis.setTickLabelPaint(Palette.SECONDARY);
		axis.setAxisLineVisible(false);
		axis.setTickMarksVisible(false);
		double upper = (max <= 0) ? 1 : max * 1.15;
		if (unit == MeasureUnit.PERCENT && max <= 100) {
			upper = 105;
			axis.setTickUnit(new NumberTickUnit(25, format(unit)));
		}
		else {
			axis.setNumberFormatOverride(format(unit));
			if (unit == MeasureUnit.COUNT) {
				axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
			}
		}
		axis.setRange(0, upper);
		return axis;
	}

	private static ValueMarker target(TrendSeries series) {
		ValueMarker marker = new ValueMarker(series.target());
		marker.setPaint(Palette.TEXT);
		marker.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
				new float[] { 4f, 3f }, 0f));
		return marker;
	}

	private static NumberFormat format(MeasureUnit unit) {
		DecimalFormatSymbols uk = DecimalFormatSymbols.getInstance(Locale.UK);
		return switch (unit) {
			case PERCENT -> new DecimalFormat("#,##0'%'", uk);
			case GBP -> new DecimalFormat("'£'#,##0", uk);
			case COUNT -> new DecimalFormat("#,##0", uk);
			case NUMBER -> new DecimalFormat("#,##0.#", uk);
		};
	}

}
