package uk.placewise.report.pdf;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.placewise.report.pdf.TableBlock.Cell;
import uk.placewise.report.pdf.TableBlock.Column;
import uk.placewise.report.pdf.TableBlock.Row;

/** The panel pack's cover: how many open flags, by code and severity, and how to read the pack. */
final class PanelCover {

	private static final TableBlock COUNTS = new TableBlock(List.of(Column.left("Flag", 2.4f),
			Column.right("Urgent", 1f), Column.right("Review", 1f), Column.right("Total open", 1f),
			Column.right("New this run", 1f)));

	private PanelCover() {
	}

	static void draw(PageCursor cursor, PanelPack pack) {
		cursor.title(PanelPackPdf.TITLE, ReportDocument.subtitle(pack.council(), "data as of " + Dates.text(pack.asOf())));
		List<PanelFlagView> open = pack.flags().stream().filter((f) -> f.status().open()).toList();
		long children = open.stream().map(PanelFlagView::child).distinct().count();
		long urgent = open.stream().filter((f) -> f.severity() == Severity.URGENT).count();
		long fresh = open.stream().filter((f) -> f.status() == FlagStatus.NEW).count();
		long resolved = pack.flags().size() - open.size();
		cursor.heading("Summary", 60);
		cursor.paragraph(open.size() + " open flags for " + children + " children: " + urgent + " urgent, "
				+ (open.size() - urgent) + " for review. " + fresh + " raised since the last run; " + resolved
				+ " resolved.", cursor.fonts.regular, 10.5f, Palette.TEXT);
		if (open.isEmpty()) {
			cursor.paragraph("No open flags as of " + Dates.text(pack.asOf()) + ".", cursor.fonts.bold, 10.5f,
					Palette.SECONDARY);
			return;
		}
		cursor.heading("Open flags by code and severity", 60);
		COUNTS.draw(cursor, rows(open));
		cursor.heading("How to read this pack", 40);
		cursor.paragraph("Each child with an open flag has a section, children with an urgent flag first. "
				+ "Children are named only by their council child ID. Each flag shows when it was first "
				+ "raised, whether it is new since the last run or continuing, and the evidence behind it: "
				+ "the fact, its date and the file it came from.", cursor.fonts.regular, 9.5f, Palette.TEXT);
	}

	private static List<Row> rows(List<PanelFlagView> open) {
		Map<String, int[]> counts = new TreeMap<>();
		for (PanelFlagView flag : open) {
			int[] c = counts.computeIfAbsent(flag.flag(), (k) -> new int[3]);
			c[(flag.severity() == Severity.URGENT) ? 0 : 1]++;
			c[2] += (flag.status() == FlagStatus.NEW) ? 1 : 0;
		}
		List<Row> rows = new java.util.ArrayList<>();
		counts.entrySet().stream()
			.sorted(Map.Entry.comparingByValue((a, b) -> Integer.compare(b[0], a[0])))
			.forEach((e) -> rows.add(Row.of(e.getKey(), count(e.getValue()[0]), count(e.getValue()[1]),
					count(e.getValue()[0] + e.getValue()[1]), count(e.getValue()[2]))));
		int urgent = counts.values().stream().mapToInt((c) -> c[0]).sum();
		int review = counts.values().stream().mapToInt((c) -> c[1]).sum();
		int fresh = counts.values().stream().mapToInt((c) -> c[2]).sum();
		rows.add(Row.of(Cell.bold("All flags", Palette.TEXT), Cell.bold(count(urgent), Palette.TEXT),
				Cell.bold(count(review), Palette.TEXT), Cell.bold(count(urgent + review), Palette.TEXT),
				Cell.bold(count(fresh), Palette.TEXT)).filled(Palette.LIGHT));
		return rows;
	}

	private static String count(int n) {
		return String.valueOf(n);
	}

}
