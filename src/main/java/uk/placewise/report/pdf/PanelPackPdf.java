package uk.placewise.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import uk.placewise.report.pdf.TableBlock.Cell;
import uk.placewise.report.pdf.TableBlock.Column;
import uk.placewise.report.pdf.TableBlock.Row;

/**
 * The complex needs panel pack: a cover with counts by flag and severity, then one section per
 * child with open flags, children with an urgent flag first. OFFICIAL-SENSITIVE on every page;
 * children appear only by their council child ID.
 */
public final class PanelPackPdf {

	static final String TITLE = "Complex needs panel: placement flags";

	private static final TableBlock FLAGS = new TableBlock(List.of(Column.left("Flag", 2.2f),
			Column.left("Severity", 0.8f), Column.left("Status", 0.9f), Column.left("First raised", 1f),
			Column.left("Evidence", 3.9f)));

	private static final TableBlock RESOLVED = new TableBlock(List.of(Column.left("Child", 1f),
			Column.left("Flag", 1.7f), Column.left("Setting", 2.6f), Column.left("First raised", 1f)));

	private static final Comparator<PanelFlagView> URGENT_FIRST = Comparator
		.comparing(PanelFlagView::severity)
		.thenComparing(PanelFlagView::firstRaised, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(PanelFlagView::flag);

	private final ReportsFolder reports;

	public PanelPackPdf() {
		this(ReportsFolder.defaults());
	}

	public PanelPackPdf(ReportsFolder reports) {
		this.reports = reports;
	}

	public void write(PanelPack pack, Path target) throws IOException {
		PageFrame frame = new PageFrame(TITLE, pack.council(),
				ReportDocument.provenance("Data as of " + Dates.text(pack.asOf()), pack.rulesetVersion()),
				PageFrame.OFFICIAL_SENSITIVE);
		new ReportDocument(this.reports, PDRectangle.A4, frame).write(
				"Open placement flags for the complex needs panel, as of " + Dates.text(pack.asOf()), pack.asOf(), target,
				(cursor) -> body(cursor, pack));
	}

	private static void body(PageCursor cursor, PanelPack pack) {
		PanelCover.draw(cursor, pack);
		Map<String, List<PanelFlagView>> byChild = openByChild(pack.flags());
		if (!byChild.isEmpty()) {
			cursor.newPage();
			cursor.heading("Children with open flags", 60);
		}
		byChild.forEach((child, flags) -> child(cursor, child, flags));
		List<PanelFlagView> resolved = pack.flags().stream().filter((f) -> !f.status().open())
				.sorted(Comparator.comparing(PanelFlagView::child).thenComparing(URGENT_FIRST)).toList();
		if (!resolved.isEmpty()) {
			cursor.heading("Resolved since the last run", 50);
			RESOLVED.continuedAs("Resolved since the last run (continued)").draw(cursor, resolved.stream()
				.map((f) -> Row.of(f.child(), f.flag(), place(f), Dates.cell(f.firstRaised()))).toList());
		}
	}

	/** Open flags grouped by child: children with an urgent flag first, then by earliest flag. */
	static Map<String, List<PanelFlagView>> openByChild(List<PanelFlagView> flags) {
		Map<String, List<PanelFlagView>> grouped = flags.stream().filter((f) -> f.status().open())
				.collect(Collectors.groupingBy(PanelFlagView::child));
		return grouped.entrySet().stream()
			.sorted(Comparator.comparing((Map.Entry<String, List<PanelFlagView>> e) -> first(e.getValue()), URGENT_FIRST)
				.thenComparing(Map.Entry::getKey))
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> e.getValue().stream().sorted(URGENT_FIRST).toList(),
					(a, b) -> a, LinkedHashMap::new));
	}

	private static PanelFlagView first(List<PanelFlagView> flags) {
		return flags.stream().min(URGENT_FIRST).orElseThrow();
	}

	private static void child(PageCursor cursor, String child, List<PanelFlagView> flags) {
		boolean urgent = flags.stream().anyMatch((f) -> f.severity() == Severity.URGENT);
		cursor.ensure(110);
		cursor.down(6);
		cursor.paragraph("Child " + child + (urgent ? " \u00b7 URGENT" : ""), cursor.fonts.bold, 12,
				urgent ? Palette.band(Band.CRITICAL) : Palette.TEXT);
		String places = flags.stream().map(PanelPackPdf::placeWithProvider).distinct()
			.collect(Collectors.joining("\n"));
		cursor.paragraph(places, cursor.fonts.regular, 9, Palette.TEXT);
		List<Row> rows = flags.stream().map((f) -> {
			Row row = Row.of(Cell.bold(f.flag(), Palette.TEXT),
					Cell.bold(f.severity().label(), (f.severity() == Severity.URGENT) ? Palette.band(Band.CRITICAL)
							: Palette.TEXT),
					Cell.of(f.status().label()), Cell.of(Dates.cell(f.firstRaised())),
					Cell.of(f.evidence().isEmpty() ? "No evidence recorded" : String.join("\n", f.evidence())));
			return (f.severity() == Severity.URGENT) ? row.filled(Palette.RED_TINT) : row;
		}).toList();
		FLAGS.continuedAs("Child " + child + " (continued)").draw(cursor, rows);
	}

	private static String place(PanelFlagView flag) {
		return nonNull(flag.settingName()) + " (" + nonNull(flag.urn()) + ")";
	}

	private static String placeWithProvider(PanelFlagView flag) {
		return "Setting: " + place(flag) + " \u00b7 Provider: " + nonNull(flag.provider());
	}

	private static String nonNull(String text) {
		return (text == null || text.isBlank()) ? "not recorded" : text;
	}

}
