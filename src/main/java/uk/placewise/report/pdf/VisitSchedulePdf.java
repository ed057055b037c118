package uk.placewise.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import uk.placewise.report.pdf.TableBlock.Cell;
import uk.placewise.report.pdf.TableBlock.Column;
import uk.placewise.report.pdf.TableBlock.Row;

/** The QA team's visit schedule (A4 landscape): overdue visits first, then by due date and score. */
public final class VisitSchedulePdf {

	static final String TITLE = "QA visit schedule";

	static final int DUE_SOON_DAYS = 30;

	private static final TableBlock TABLE = new TableBlock(List.of(Column.left("Status", 1f),
			Column.left("Setting", 2.6f), Column.left("Provider", 1.9f), Column.left("Band", 0.8f),
			Column.right("Score", 0.6f), Column.left("Last visit", 1f), Column.left("Next due", 1f),
			Column.right("Children", 0.8f), Column.left("Reasons (points)", 2.3f)));

	private final ReportsFolder reports;

	public VisitSchedulePdf() {
		this(ReportsFolder.defaults());
	}

	public VisitSchedulePdf(ReportsFolder reports) {
		this.reports = reports;
	}

	public void write(VisitScheduleView view, Path target) throws IOException {
		PageFrame frame = new PageFrame(TITLE, view.council(),
				ReportDocument.provenance("Data as of " + Dates.text(view.asOf()), view.rulesetVersion()), null);
		new ReportDocument(this.reports, ReportDocument.landscape(), frame).write(
				"Quality assurance visits due, by setting, as of " + Dates.text(view.asOf()), view.asOf(), target,
				(cursor) -> body(cursor, view));
	}

	private static void body(PageCursor cursor, VisitScheduleView view) {
		cursor.title(TITLE, ReportDocument.subtitle(view.council(), "data as of " + Dates.text(view.asOf())));
		List<ScheduleRow> rows = sorted(view.rows());
		long overdue = rows.stream().filter(ScheduleRow::overdue).count();
		long soon = rows.stream().filter((r) -> !r.overdue() && dueSoon(r, view.asOf())).count();
		cursor.paragraph(rows.size() + " settings with children placed: " + overdue + " visits overdue, " + soon
				+ " due in the next " + DUE_SOON_DAYS + " days.", cursor.fonts.regular, 10.5f, Palette.TEXT);
		if (rows.isEmpty()) {
			cursor.paragraph("No settings to visit as of " + Dates.text(view.asOf()) + ".", cursor.fonts.bold, 10.5f,
					Palette.SECONDARY);
			return;
		}
		TABLE.continuedAs(TITLE + " (continued)").draw(cursor,
				rows.stream().map((r) -> row(r, view.asOf())).toList());
	}

	/** Overdue first (most overdue at the top), then by due date, then highest score. */
	static List<ScheduleRow> sorted(List<ScheduleRow> rows) {
		return rows.stream()
			.sorted(Comparator.comparing(ScheduleRow::overdue).reversed()
				.thenComparing(ScheduleRow::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(ScheduleRow::score, Comparator.reverseOrder()))
			.toList();
	}

	private static Row row(ScheduleRow r, LocalDate asOf) {
		Row row = Row.of(status(r, asOf), DashboardTables.setting(r.settingName(), r.urn()), Cell.of(r.provider()),
				DashboardTables.band(r.band()), Cell.of(String.valueOf(r.score())),
				Cell.of((r.lastVisit() == null) ? "Never visited" : Dates.cell(r.lastVisit())),
				Cell.of(due(r)), Cell.of(String.valueOf(r.childrenPlaced())),
				Cell.of(DashboardTables.reasons(r.reasons())));
		return r.overdue() ? row.filled(Palette.RED_TINT) : row;
	}

	/** The due date, and under it why it is not the band's own date: moved for capacity, or over capacity. */
	private static String due(ScheduleRow r) {
		String due = Dates.cell(r.nextDue());
		if (r.overCapacity()) {
			return due + "\nover capacity";
		}
		return (r.movedFrom() == null) ? due : due + "\nmoved from " + Dates.cell(r.movedFrom());
	}

	private static Cell status(ScheduleRow r, LocalDate asOf) {
		if (r.overdue()) {
			long days = (r.nextDue() == null || asOf == null) ? 0 : ChronoUnit.DAYS.between(r.nextDue(), asOf);
			return Cell.bold("OVERDUE\n" + days + ((days == 1) ? " day" : " days"), Palette.band(Band.CRITICAL));
		}
		return dueSoon(r, asOf) ? Cell.bold("Due soon", Palette.TEXT) : Cell.of("Scheduled");
	}

	private static boolean dueSoon(ScheduleRow r, LocalDate asOf) {
		return r.nextDue() != null && asOf != null && !r.nextDue().isAfter(asOf.plusDays(DUE_SOON_DAYS));
	}

}
