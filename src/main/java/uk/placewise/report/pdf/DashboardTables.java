package uk.placewise.report.pdf;

import java.text.DecimalFormat;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import uk.placewise.report.pdf.TableBlock.Cell;
import uk.placewise.report.pdf.TableBlock.Column;
import uk.placewise.report.pdf.TableBlock.Row;

/** The tables at the back of the dashboard: riskiest settings, band changes, missing, QA visits. */
final class DashboardTables {

	private static final TableBlock RISKIEST = new TableBlock(List.of(Column.right("#", 0.35f),
			Column.left("Setting", 2.6f), Column.left("Provider", 1.8f), Column.left("Band", 0.9f),
			Column.right("Score", 0.7f), Column.left("Top reasons (points)", 2.4f)));

	private static final TableBlock CHANGES = new TableBlock(List.of(Column.left("Setting", 2.8f),
			Column.left("Provider", 2f), Column.left("Was", 0.9f), Column.left("Now", 0.9f),
			Column.right("Score", 0.7f), Column.left("Change", 1.1f)));

	private static final TableBlock MISSING = new TableBlock(List.of(Column.left("Setting", 2.8f),
			Column.left("Provider", 2f), Column.right("Episodes", 0.9f), Column.right("Children", 0.9f),
			Column.right("Episodes per child", 1.2f)));

	private static final TableBlock VISITS = new TableBlock(List.of(Column.left("Band", 2f),
			Column.right("Due", 1f), Column.right("Done", 1f), Column.right("Overdue", 1f)));

	private DashboardTables() {
	}

	static void draw(PageCursor cursor, DashboardModel model) {
		String none = Dates.noData(model.month());
		section(cursor, "The 10 riskiest settings (K9)", RISKIEST, riskiest(model.top10()), none);
		// no changes is news only when there are assessed settings; without any it means no data
		section(cursor, "Band changes since last month (K9)", CHANGES, changes(model.bandChanges()),
				model.top10().isEmpty() ? none : noChange(model));
		section(cursor, "Missing: top 5 settings by rate (K6)", MISSING, missing(model.missingTop5()), none);
		section(cursor, "QA visits: due, done and overdue (K10)", VISITS, visits(model.visits()), none);
	}

	/** No change since the month before, or no month before to compare with: said as two different things. */
	private static String noChange(DashboardModel model) {
		if (model.comparedWith() == null) {
			return "No comparison: no nightly run is stored for " + Dates.month(model.month().minusMonths(1));
		}
		return "No setting changed band since " + Dates.month(model.comparedWith());
	}

	private static void section(PageCursor cursor, String heading, TableBlock table, List<Row> rows, String empty) {
		cursor.heading(heading, rows.isEmpty() ? 20 : 130);
		if (rows.isEmpty()) {
			cursor.paragraph(empty, cursor.fonts.bold, 10, Palette.SECONDARY);
			cursor.down(6);
		}
		else {
			table.continuedAs(heading + " (continued)").draw(cursor, rows);
		}
	}

	private static List<Row> riskiest(List<RiskySetting> settings) {
		int[] rank = { 0 };
		return settings.stream()
				.map((s) -> Row.of(Cell.of(String.valueOf(++rank[0])), setting(s.settingName(), s.urn()),
						Cell.of(s.provider()), band(s.band()), Cell.of(String.valueOf(s.score())),
						Cell.of(reasons(s.topReasons()))))
				.toList();
	}

	private static List<Row> changes(List<BandChange> changes) {
		return changes.stream()
				.sorted(Comparator.comparing(BandChange::worse).reversed()
						.thenComparing(BandChange::to).thenComparing(BandChange::score, Comparator.reverseOrder()))
				.map((c) -> {
					Row row = Row.of(setting(c.settingName(), c.urn()), Cell.of(c.provider()),
							Cell.of((c.from() == null) ? "Not assessed" : c.from().label()), band(c.to()),
							Cell.of(String.valueOf(c.score())), Cell.of(direction(c)));
					return c.worse() ? row.filled(Palette.AMBER_TINT) : row;
				})
				.toList();
	}

	private static String direction(BandChange change) {
		if (change.from() == null) {
			return "New";
		}
		return change.worse() ? "Worse" : "Better";
	}

	private static List<Row> missing(List<MissingRate> rates) {
		DecimalFormat rate = new DecimalFormat("0.0");
		return rates.stream()
				.map((m) -> Row.of(setting(m.settingName(), m.urn()), Cell.of(m.provider()),
						Cell.of(String.valueOf(m.episodes())), Cell.of(String.valueOf(m.children())),
						Cell.of(rate.format(m.rate()))))
				.toList();
	}

	private static List<Row> visits(List<VisitCounts> counts) {
		if (counts.isEmpty()) {
			return List.of();
		}
		List<Row> rows = new java.util.ArrayList<>(counts.stream()
				.sorted(Comparator.comparing(VisitCounts::band, Comparator.nullsLast(Comparator.naturalOrder())))
				.map((v) -> {
					Row row = Row.of(band(v.band()), Cell.of(String.valueOf(v.due())),
							Cell.of(String.valueOf(v.done())), overdue(v.overdue()));
					return row;
				})
				.toList());
		int due = counts.stream().mapToInt(VisitCounts::due).sum();
		int done = counts.stream().mapToInt(VisitCounts::done).sum();
		int overdue = counts.stream().mapToInt(VisitCounts::overdue).sum();
		rows.add(Row.of(Cell.bold("All settings", Palette.TEXT), Cell.bold(String.valueOf(due), Palette.TEXT),
				Cell.bold(String.valueOf(done), Palette.TEXT), overdue(overdue)).filled(Palette.LIGHT));
		return rows;
	}

	private static Cell overdue(int overdue) {
		return (overdue > 0) ? Cell.bold(String.valueOf(overdue), Palette.RED) : Cell.of("0");
	}

	static Cell setting(String name, String urn) {
		return Cell.of(((name == null) ? "" : name) + "\n" + ((urn == null) ? "" : urn));
	}

	static Cell band(Band band) {
		return Cell.bold((band == null) ? "Not banded" : band.label(), Palette.band(band));
	}

	static String reasons(List<Reason> reasons) {
		return reasons.stream().map(Reason::text).collect(Collectors.joining("\n"));
	}

}
