package uk.placewise.report.pdf;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The directors' monthly quality dashboard (A4 portrait): headline tiles against targets, 12-month
 * trends, then the tables behind them.
 */
public final class DashboardPdf {

	static final String TITLE = "Placement quality dashboard";

	private final ReportsFolder reports;

	public DashboardPdf() {
		this(ReportsFolder.defaults());
	}

	public DashboardPdf(ReportsFolder reports) {
		this.reports = reports;
	}

	public void write(DashboardModel model, Path target) throws IOException {
		String period = "Month: " + Dates.month(model.month()) + " \u00b7 Data as of " + Dates.text(model.asOf());
		PageFrame frame = new PageFrame(TITLE + " \u00b7 " + Dates.month(model.month()), model.council(),
				ReportDocument.provenance(period, model.rulesetVersion()), null);
		new ReportDocument(this.reports, PDRectangle.A4, frame).write(
				"Children's placements: measures K1-K12 against targets for " + Dates.month(model.month()), model.asOf(), target,
				(cursor) -> body(cursor, model));
	}

	private static void body(PageCursor cursor, DashboardModel model) {
		cursor.title(TITLE + ": " + Dates.month(model.month()) + (model.monthToDate() ? " (month to date)" : ""),
				ReportDocument.subtitle(model.council(), "data as of " + Dates.text(model.asOf())));
		if (model.monthToDate()) {
			// a month in progress is marked, not refused: a panel meets mid-month and needs the numbers, but a
			// reader must not compare 20 days with a whole month (issue 16)
			cursor.paragraph(Dates.month(model.month()) + " is not complete: every measure is for 1 to "
					+ Dates.text(model.asOf()) + " only. Measures judged against last month are not rated until the "
					+ "month is complete.", cursor.fonts.bold, 9, Palette.TEXT);
		}
		cursor.heading("Headline measures", TileGrid.HEIGHT);
		if (model.tiles().isEmpty()) {
			cursor.paragraph(Dates.noData(model.month()), cursor.fonts.bold, 10, Palette.SECONDARY);
		}
		else {
			cursor.paragraph("Each tile shows this month's value, its target and a RAG rating: GREEN on target, "
					+ "AMBER close to target, RED off target. Grey tiles have no target or no data.",
					cursor.fonts.regular, 8.5f, Palette.SECONDARY);
			new TileGrid(4).draw(cursor, model.tiles(), model.month(), model.monthToDateMark());
		}
		DashboardTrends.draw(cursor, model);
		DashboardTables.draw(cursor, model);
	}

}
