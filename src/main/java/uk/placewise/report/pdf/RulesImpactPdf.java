package uk.placewise.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.placewise.report.pdf.TableBlock.Cell;
import uk.placewise.report.pdf.TableBlock.Column;
import uk.placewise.report.pdf.TableBlock.Row;

/**
 * The rules impact pack for the QA board (A4 landscape, PDF/A, OFFICIAL-SENSITIVE on every page): what a
 * draft of the council's rules would change on a stored night before it goes live. Settings are named by
 * URN and name; no child appears in it (flags are counted by kind; the CSV lists them by child ID).
 */
public final class RulesImpactPdf {

	static final String TITLE = "Rules change impact: draft against live rules";

	/** The largest changes listed; the CSV has every one. */
	public static final int LARGEST = 25;

	private static final List<Band> BANDS = List.of(Band.values());

	private static final TableBlock RULESETS = new TableBlock(List.of(Column.left("Rules", 0.8f),
			Column.left("Folder", 2.4f), Column.left("Ruleset version (SHA-256 of every file)", 4f)));

	private static final TableBlock MONTHS = new TableBlock(List.of(Column.left("Month", 1.4f),
			Column.right("Live rules", 0.8f), Column.right("Draft", 0.8f), Column.right("Change", 0.8f),
			Column.right("Capacity", 0.8f), Column.left("Draft against capacity", 3.4f)));

	private static final TableBlock FLAGS = new TableBlock(List.of(Column.left("Flag", 2.4f),
			Column.right("Added", 1f), Column.right("Removed", 1f), Column.right("Net", 1f)));

	private static final TableBlock LARGEST_CHANGES = new TableBlock(List.of(Column.left("Setting", 2.2f),
			Column.left("Provider", 1.5f), Column.right("Score", 0.9f), Column.left("Band", 1.4f),
			Column.left("Visit every", 0.9f), Column.left("Next due", 1.5f), Column.left("Reasons added", 1.6f),
			Column.left("Reasons removed", 1.6f)));

	private final ReportsFolder reports;

	public RulesImpactPdf(ReportsFolder reports) {
		this.reports = reports;
	}

	public void write(ImpactView view, Path target) throws IOException {
		PageFrame frame = new PageFrame(TITLE, view.council(), "Data as of " + Dates.text(view.asOf())
				+ " \u00b7 Live ruleset " + view.live().version() + " \u00b7 Draft ruleset " + view.draft().version(),
				PageFrame.OFFICIAL_SENSITIVE);
		new ReportDocument(this.reports, ReportDocument.landscape(), frame).write(
				"What a draft of the rules would change, as of " + Dates.text(view.asOf()), view.asOf(), target,
				(cursor) -> body(cursor, view));
	}

	private static void body(PageCursor cursor, ImpactView view) {
		cursor.title(TITLE, ReportDocument.subtitle(view.council(), "data as of " + Dates.text(view.asOf())
				+ ", the stored facts of night " + view.nightRun() + " (as of " + Dates.text(view.nightAsOf()) + ")"));
		cursor.paragraph(summary(view), cursor.fonts.regular, 10.5f, Palette.TEXT);
		for (String note : view.notes()) {
			cursor.paragraph(note, cursor.fonts.bold, 9.5f, Palette.band(Band.CRITICAL));
		}
		cursor.heading("Rulesets compared", 50);
		RULESETS.draw(cursor, List.of(Row.of("Live", view.live().folder(), view.live().version()),
				Row.of("Draft", view.draft().folder(), view.draft().version())));
		cursor.heading("Band moves: settings by band under the live rules (rows) and the draft (columns)", 110);
		matrix(view).draw(cursor, matrixRows(view));
		cursor.heading("QA visits a month", 130);
		MONTHS.draw(cursor, monthRows(view));
		cursor.paragraph("Each setting's next due date, then one visit every visit-every months; an overdue visit "
				+ "counts in " + Dates.month(java.time.YearMonth.from(view.asOf())) + ". In a steady year the "
				+ "frequencies ask for " + decimal(view.averageBefore()) + " visits a month under the live rules and "
				+ decimal(view.averageAfter()) + " under the draft"
				+ (view.capacity() == null ? " (no monthly capacity is set: placewise.qa.monthly-capacity)."
						: ", against a capacity of " + view.capacity() + "."),
				cursor.fonts.regular, 9.5f, Palette.TEXT);
		cursor.heading("Panel flags added and removed, by kind", 60);
		if (view.flags().isEmpty()) {
			cursor.paragraph("The draft raises the same panel flags as the live rules.", cursor.fonts.regular, 10,
					Palette.SECONDARY);
		}
		else {
			FLAGS.draw(cursor, flagRows(view));
		}
		cursor.heading(view.largest().isEmpty() ? "Largest changes"
				: "Largest changes (" + view.largest().size() + " of " + view.changed() + ", biggest score change first)", 60);
		if (view.largest().isEmpty()) {
			cursor.paragraph("No setting's score, band, visit frequency, due date or reasons change.",
					cursor.fonts.regular, 10, Palette.SECONDARY);
			return;
		}
		LARGEST_CHANGES.continuedAs("Largest changes (continued)").draw(cursor, changeRows(view));
	}

	private static String summary(ImpactView view) {
		int moved = 0;
		for (int i = 0; i < BANDS.size(); i++) {
			for (int j = 0; j < BANDS.size(); j++) {
				moved += i == j ? 0 : view.bandMoves().get(i).get(j);
			}
		}
		int added = view.flags().stream().mapToInt(ImpactView.FlagKind::added).sum();
		int removed = view.flags().stream().mapToInt(ImpactView.FlagKind::removed).sum();
		return view.changed() + " of " + view.settings() + " settings assessed change; " + moved
				+ (moved == 1 ? " changes band" : " change band") + ". The draft adds " + added + " panel "
				+ (added == 1 ? "flag" : "flags") + " and removes " + removed + ". Nothing here is live: the "
				+ "store and the published outputs are as the last nightly run left them.";
	}

	private static TableBlock matrix(ImpactView view) {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.left("Live \u2193  Draft \u2192", 1.6f));
		BANDS.forEach((b) -> columns.add(Column.right(b.label(), 1f)));
		columns.add(Column.right("Live total", 1f));
		return new TableBlock(columns);
	}

	private static List<Row> matrixRows(ImpactView view) {
		List<Row> rows = new ArrayList<>();
		int[] columnTotals = new int[BANDS.size()];
		for (int i = 0; i < BANDS.size(); i++) {
			List<Cell> cells = new ArrayList<>();
			cells.add(Cell.bold(BANDS.get(i).label(), Palette.band(BANDS.get(i))));
			int total = 0;
			for (int j = 0; j < BANDS.size(); j++) {
				int n = view.bandMoves().get(i).get(j);
				total += n;
				columnTotals[j] += n;
				String text = String.valueOf(n);
				cells.add(i == j ? Cell.of(text) : n == 0 ? new Cell(text, Palette.SECONDARY, false)
						: Cell.bold(text, j < i ? Palette.band(Band.CRITICAL) : Palette.GREEN));
			}
			cells.add(Cell.bold(String.valueOf(total), Palette.TEXT));
			rows.add(new Row(cells, null));
		}
		List<Cell> totals = new ArrayList<>();
		totals.add(Cell.bold("Draft total", Palette.TEXT));
		int all = 0;
		for (int n : columnTotals) {
			totals.add(Cell.bold(String.valueOf(n), Palette.TEXT));
			all += n;
		}
		totals.add(Cell.bold(String.valueOf(all), Palette.TEXT));
		rows.add(new Row(totals, Palette.LIGHT));
		return rows;
	}

	private static List<Row> monthRows(ImpactView view) {
		List<Row> rows = new ArrayList<>();
		for (ImpactView.MonthVisits m : view.months()) {
			boolean over = view.capacity() != null && m.after() > view.capacity();
			String against = view.capacity() == null ? "no capacity set"
					: over ? "over by " + (m.after() - view.capacity()) : "within (" + (view.capacity() - m.after()) + " to spare)";
			Row row = Row.of(Cell.of(Dates.month(m.month())), Cell.of(String.valueOf(m.before())),
					Cell.bold(String.valueOf(m.after()), Palette.TEXT), Cell.of(signed(m.after() - m.before())),
					Cell.of(view.capacity() == null ? "" : String.valueOf(view.capacity())),
					over ? Cell.bold(against, Palette.band(Band.CRITICAL)) : Cell.of(against));
			rows.add(over ? row.filled(Palette.RED_TINT) : row);
		}
		return rows;
	}

	private static List<Row> flagRows(ImpactView view) {
		List<Row> rows = new ArrayList<>();
		int added = 0;
		int removed = 0;
		for (ImpactView.FlagKind f : view.flags()) {
			rows.add(Row.of(f.flag(), String.valueOf(f.added()), String.valueOf(f.removed()),
					signed(f.added() - f.removed())));
			added += f.added();
			removed += f.removed();
		}
		rows.add(Row.of(Cell.bold("All flags", Palette.TEXT), Cell.bold(String.valueOf(added), Palette.TEXT),
				Cell.bold(String.valueOf(removed), Palette.TEXT), Cell.bold(signed(added - removed), Palette.TEXT))
			.filled(Palette.LIGHT));
		return rows;
	}

	private static List<Row> changeRows(ImpactView view) {
		return view.largest().stream().map((c) -> {
			Row row = Row.of(Cell.bold(c.setting() + " (" + c.urn() + ")", Palette.TEXT), Cell.of(orNone(c.provider())),
					Cell.of(c.scoreBefore() + " \u2192 " + c.scoreAfter() + "\n(" + signed(c.scoreAfter() - c.scoreBefore()) + ")"),
					c.bandBefore() == c.bandAfter() ? Cell.of(c.bandAfter().label())
							: Cell.bold(c.bandBefore().label() + " \u2192 " + c.bandAfter().label(), worse(c)),
					Cell.of(c.everyBefore() == c.everyAfter() ? months(c.everyAfter())
							: months(c.everyBefore()) + " \u2192 " + months(c.everyAfter())),
					Cell.of(java.util.Objects.equals(c.dueBefore(), c.dueAfter()) ? due(c.dueAfter(), view)
							: due(c.dueBefore(), view) + " \u2192 " + due(c.dueAfter(), view)),
					Cell.of(String.join("\n", c.added())), Cell.of(String.join("\n", c.removed())));
			return c.bandAfter().ordinal() < c.bandBefore().ordinal() ? row.filled(Palette.RED_TINT) : row;
		}).toList();
	}

	/** Red for a setting the draft puts in a more serious band, green for a less serious one. */
	private static java.awt.Color worse(ImpactView.Change c) {
		return c.bandAfter().ordinal() < c.bandBefore().ordinal() ? Palette.band(Band.CRITICAL) : Palette.GREEN;
	}

	private static String due(java.time.LocalDate date, ImpactView view) {
		return date == null ? "not scheduled" : Dates.cell(date) + (date.isBefore(view.asOf()) ? " (overdue)" : "");
	}

	private static String months(int n) {
		return n == 1 ? "1 month" : n + " months";
	}

	private static String orNone(String text) {
		return text == null || text.isBlank() ? "not recorded" : text;
	}

	private static String signed(int n) {
		return n > 0 ? "+" + n : String.valueOf(n);
	}

	private static String decimal(double n) {
		return String.format(Locale.ROOT, "%.1f", n);
	}
}
