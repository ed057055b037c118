package uk.placewise.report.pdf;

import java.awt.Font;
import java.awt.Paint;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The briefing's small Reg 44 trend: recommendations outstanding at each of the last six visits, a bar
 * per report, red where the visitor did not find the children safeguarded (the table beside it says so in
 * words, so the colour never carries the meaning alone).
 */
final class Reg44Chart {

	private Reg44Chart() {
	}

	static JFreeChart build(List<Briefing.Reg44> reports, Fonts fonts) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		int max = 1;
		java.util.Set<String> months = new java.util.HashSet<>();
		for (Briefing.Reg44 r : reports) {
			// reports are monthly: the month names the bar; a second report in a month is told apart
			String month = Dates.axis(java.time.YearMonth.from(r.visitDate()));
			String label = months.add(month) ? month : Dates.cell(r.visitDate());
			dataset.addValue(r.recommendationsOutstanding(), "Recommendations outstanding", label);
			max = Math.max(max, r.recommendationsOutstanding());
		}
		Font tick = fonts.awtRegular.deriveFont(7f);
		CategoryAxis visits = new CategoryAxis();
		visits.setTickLabelFont(tick);
		visits.setTickLabelPaint(Palette.SECONDARY);
		visits.setMaximumCategoryLabelLines(2);
		visits.setTickMarksVisible(false);
		visits.setAxisLinePaint(Palette.BORDER);
		NumberAxis count = new NumberAxis();
		count.setTickLabelFont(tick);
		count.setTickLabelPaint(Palette.SECONDARY);
		count.setAxisLineVisible(false);
		count.setTickMarksVisible(false);
		count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		count.setRange(0, max * 1.2);
		BarRenderer bars = new BarRenderer() {
			@Override
			public Paint getItemPaint(int row, int column) {
				return Boolean.FALSE.equals(reports.get(column).safeguarded()) ? Palette.RED : Palette.BLUE;
			}
		};
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setMaximumBarWidth(0.12);
		CategoryPlot plot = new CategoryPlot(dataset, visits, count, bars);
		plot.setBackgroundPaint(Palette.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(Palette.BORDER);
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		JFreeChart chart = new JFreeChart(null, fonts.awtRegular.deriveFont(8f), plot, false);
		chart.setBackgroundPaint(Palette.WHITE);
		chart.setBorderVisible(false);
		chart.setPadding(new RectangleInsets(2, 0, 0, 4));
		return chart;
	}
}
