package uk.placewise.report.pdf;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The dashboard's 12-month trend charts, two to a row. */
final class DashboardTrends {

	private static final float CHART_HEIGHT = 140;

	private static final float GAP = 18;

	private DashboardTrends() {
	}

	static void draw(PageCursor cursor, DashboardModel model) {
		cursor.heading("12-month trends", CHART_HEIGHT + 30);
		if (model.trends().isEmpty()) {
			cursor.paragraph(Dates.noData(model.month()), cursor.fonts.bold, 10, Palette.SECONDARY);
			return;
		}
		float width = (cursor.width() - GAP) / 2;
		List<TrendSeries> trends = model.trends();
		for (int start = 0; start < trends.size(); start += 2) {
			List<TrendSeries> row = trends.subList(start, Math.min(trends.size(), start + 2));
			float captions = row.stream().map((series) -> captionHeight(cursor, series, model, width))
					.max(Float::compare).orElse(0f);
			cursor.ensure(captions + CHART_HEIGHT + GAP);
			float top = cursor.y();
			for (int i = 0; i < row.size(); i++) {
				drawOne(cursor, row.get(i), model, cursor.left() + i * (width + GAP), top, width, captions);
			}
			cursor.down(captions + CHART_HEIGHT + GAP);
		}
	}

	private static void drawOne(PageCursor cursor, TrendSeries series, DashboardModel model, float x, float top,
			float width, float captions) {
		Fonts fonts = cursor.fonts;
		YearMonth month = model.month();
		float used = cursor.lines(TextWrap.lines(fonts, fonts.bold, 9.5f, caption(series), width), fonts.bold,
				9.5f, Palette.TEXT, x, top, 12);
		if (note(series, model) != null) {
			cursor.lines(TextWrap.lines(fonts, fonts.regular, 8, note(series, model), width), fonts.regular, 8,
					Palette.SECONDARY, x, top - used, 10);
		}
		float chartTop = top - captions;
		if (series.hasData()) {
			ChartBlock.draw(cursor, TrendChart.build(series, month, fonts), x, chartTop, width, CHART_HEIGHT);
		}
		else {
			cursor.fill(x, chartTop - CHART_HEIGHT, width, CHART_HEIGHT, Palette.LIGHT);
			String none = "No data for the 12 months to " + Dates.month(month);
			float textWidth = fonts.width(fonts.bold, 9, none);
			cursor.text(none, fonts.bold, 9, Palette.SECONDARY, x + (width - textWidth) / 2,
					chartTop - CHART_HEIGHT / 2);
		}
	}

	private static float captionHeight(PageCursor cursor, TrendSeries series, DashboardModel model, float width) {
		Fonts fonts = cursor.fonts;
		float height = TextWrap.lines(fonts, fonts.bold, 9.5f, caption(series), width).size() * 12;
		String note = note(series, model);
		if (note != null) {
			height += TextWrap.lines(fonts, fonts.regular, 8, note, width).size() * 10;
		}
		return height + 4;
	}

	private static String caption(TrendSeries series) {
		return series.id() + "  " + series.title();
	}

	/**
	 * Names the target line, and names the months without data, so that a gap (above all at the end)
	 * is not read as a fall.
	 */
	private static String note(TrendSeries series, DashboardModel model) {
		YearMonth month = model.month();
		List<String> notes = new ArrayList<>();
		if (model.monthToDate() && series.hasData()) {
			notes.add("The last point is " + Dates.month(month) + " to " + Dates.text(model.asOf()) + " (month to date).");
		}
		if (series.target() != null && series.hasData()) {
			notes.add("Dashed line: target " + series.unit().format(series.target()) + ".");
		}
		List<String> missing = missingMonths(series, month);
		if (series.hasData() && !missing.isEmpty()) {
			notes.add(((missing.size() <= 3) ? "No data for " + String.join(", ", missing)
					: "No data for " + missing.size() + " of the 12 months") + " (gaps in the line).");
		}
		return notes.isEmpty() ? null : String.join(" ", notes);
	}

	private static List<String> missingMonths(TrendSeries series, YearMonth last) {
		List<String> missing = new ArrayList<>();
		for (int i = TrendChart.MONTHS - 1; i >= 0; i--) {
			YearMonth month = last.minusMonths(i);
			if (series.points().stream().noneMatch((p) -> month.equals(p.month()) && p.value() != null)) {
				missing.add(Dates.month(month));
			}
		}
		return missing;
	}

}
