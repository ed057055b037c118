package uk.placewise.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import uk.placewise.report.pdf.TableBlock.Cell;
import uk.placewise.report.pdf.TableBlock.Column;
import uk.placewise.report.pdf.TableBlock.Row;

/**
 * A visit briefing (issue 18): one or two A4 pages a QA officer reads on the way to a setting. First
 * why this visit (band, score, every reason with its evidence) and what to look at, then what has
 * happened there: the children placed and their open flags, missing episodes, concerns, enforcement,
 * the Reg 44 trend and the latest Reg 45 review. OFFICIAL-SENSITIVE on every page; children by child
 * ID only.
 */
public final class BriefingPdf {

	static final String TITLE = "QA visit briefing";

	/** Each reason beside what to look at for it, so the officer reads the why and the what together. */
	private static final TableBlock REASONS = new TableBlock(List.of(Column.right("Points", 0.62f),
			Column.left("Reason", 1.6f), Column.left("Evidence", 3.2f), Column.left("What to look at", 3f)));

	private static final TableBlock CHILDREN = new TableBlock(List.of(Column.left("Child", 1f),
			Column.left("Placed since", 1.1f), Column.left("Open panel flags", 5.4f)));

	private static final TableBlock MISSING = new TableBlock(List.of(Column.left("Child", 0.9f),
			Column.left("Episode", 1.6f), Column.left("From", 1f), Column.left("To", 1f),
			Column.left("Return interview", 3f)));

	private static final TableBlock ITEMS = new TableBlock(List.of(Column.left("Date", 1f), Column.left("What", 6.5f)));

	/** The Reg 44 table leaves the rest of the width to its chart. */
	private static final float REG44_SHARE = 0.56f;

	private static final TableBlock REG44 = new TableBlock(List.of(Column.left("Visit", 1f),
			Column.left("Safeguarded", 1f), Column.left("Wellbeing", 0.9f), Column.right("Recs open", 0.8f)))
		.narrowed(REG44_SHARE);

	private final ReportsFolder reports;

	public BriefingPdf(ReportsFolder reports) {
		this.reports = reports;
	}

	public void write(Briefing b, Path target) throws IOException {
		PageFrame frame = new PageFrame(TITLE + " \u00b7 " + b.urn(), b.council(),
				ReportDocument.provenance("Data as of " + Dates.text(b.asOf()), b.rulesetVersion()),
				PageFrame.OFFICIAL_SENSITIVE);
		new ReportDocument(this.reports, PDRectangle.A4, frame).write(
				"Briefing for the QA visit to " + b.urn() + " due " + Dates.text(b.due()), b.asOf(), target,
				(cursor) -> body(cursor, b));
	}

	private static void body(PageCursor cursor, Briefing b) {
		cursor.title(name(b) + " (" + b.urn() + ")", "Visit due " + Dates.text(b.due())
				+ (b.overdue() ? " \u00b7 OVERDUE" : "") + " \u00b7 data as of " + Dates.text(b.asOf()));
		BriefingSummary.draw(cursor, b);
		cursor.heading("Why this visit: " + count(b.reasons().size(), "reason") + ", score " + b.score(), 40);
		if (b.reasons().isEmpty()) {
			none(cursor, "No rule awarded points: a routine visit at the band's frequency.");
		}
		else {
			reasons(cursor, b);
		}
		cursor.heading("Children placed: " + b.children().size(), 30);
		if (b.children().isEmpty()) {
			none(cursor, "No child is placed here as of " + Dates.text(b.asOf()) + ".");
		}
		else {
			CHILDREN.continuedAs("Children placed (continued)").draw(cursor, b.children().stream()
				.map((c) -> Row.of(Cell.bold(c.child(), Palette.TEXT), Cell.of(Dates.cell(c.placedSince())),
						Cell.of(c.openFlags().isEmpty() ? "none" : flags(c.openFlags(), b.urn()))))
				.toList());
		}
		missing(cursor, b);
		cursor.heading("Open concerns: " + b.concerns().size() + " \u00b7 enforcement in force: "
				+ b.enforcements().size(), 24);
		if (b.concerns().isEmpty() && b.enforcements().isEmpty()) {
			none(cursor, "No open concern and no Ofsted enforcement action in force.");
		}
		else {
			ITEMS.continuedAs("Concerns and enforcement (continued)").draw(cursor, Stream
				.concat(b.enforcements().stream().map((i) -> Row.of(Cell.of(Dates.cell(i.date())),
						Cell.bold("Ofsted enforcement: " + i.text(), Palette.TEXT))),
						b.concerns().stream().map((i) -> Row.of(Dates.cell(i.date()), i.text())))
				.toList());
		}
		reg44(cursor, b);
	}

	private static void reasons(PageCursor cursor, Briefing b) {
		Map<String, List<String>> prompts = new HashMap<>();
		b.prompts().forEach((p) -> prompts.put(p.code(), p.lines()));
		Set<String> shown = new HashSet<>();
		REASONS.continuedAs("Why this visit (continued)").draw(cursor, b.reasons().stream().map((p) -> {
			List<String> lines = shown.add(p.code()) ? prompts.getOrDefault(p.code(), List.of()) : List.of();
			return Row.of(Cell.bold("+" + p.points(), Palette.TEXT), Cell.bold(p.code(), Palette.TEXT),
					Cell.of(p.fact() + evidence(p)),
					Cell.of(lines.stream().map((l) -> "\u2022 " + l).collect(Collectors.joining("\n"))));
		}).toList());
	}

	private static void missing(PageCursor cursor, Briefing b) {
		cursor.heading("Missing in the last 90 days: " + count(b.missing().size(), "episode") + ", "
				+ b.outstandingInterviews() + " return interview" + (b.outstandingInterviews() == 1 ? "" : "s")
				+ " outstanding", 30);
		if (b.missing().isEmpty()) {
			none(cursor, "No child went missing or absent from here in the 90 days to " + Dates.text(b.asOf()) + ".");
			return;
		}
		MISSING.continuedAs("Missing episodes (continued)").draw(cursor, b.missing().stream().map((m) -> {
			Row row = Row.of(Cell.bold(m.child(), Palette.TEXT), Cell.of(kind(m.kind())), Cell.of(Dates.cell(m.start())),
					Cell.of(m.end() == null ? "not returned" : Dates.cell(m.end())),
					m.outstanding() ? Cell.bold(interview(m), Palette.TEXT) : Cell.of(interview(m)));
			return m.outstanding() ? row.filled(Palette.AMBER_TINT) : row;
		}).toList());
	}

	private static void reg44(PageCursor cursor, Briefing b) {
		if (b.reg44().isEmpty()) {
			cursor.heading("Reg 44 visits: none on record", 20);
			boolean home = "CHILDRENS_HOME".equals(b.settingType()) || "SECURE_CHILDRENS_HOME".equals(b.settingType());
			none(cursor, home ? "No Reg 44 independent visitor's report is on record for this children's home."
					: "Reg 44 visits are made to children's homes; none is on record here.");
			return;
		}
		float table = 19 * (b.reg44().size() + 1.5f);
		cursor.heading("Reg 44 visits: the last " + count(b.reg44().size(), "report"), table);
		cursor.ensure(table);
		float top = cursor.y();
		REG44.draw(cursor, b.reg44().stream().map((r) -> {
			Row row = Row.of(Cell.of(Dates.cell(r.visitDate())), opinion(r.safeguarded()), opinion(r.wellbeing()),
					Cell.of(String.valueOf(r.recommendationsOutstanding())));
			return Boolean.FALSE.equals(r.safeguarded()) ? row.filled(Palette.RED_TINT) : row;
		}).toList());
		// the trend beside the table: recommendations outstanding, red where children were not safeguarded
		float x = cursor.left() + cursor.width() * (REG44_SHARE + 0.03f);
		float width = cursor.width() * (1 - REG44_SHARE - 0.03f);
		float height = Math.max(60, top - cursor.y() - 22);
		cursor.text("Recommendations open at each visit (red: not safeguarded)", cursor.fonts.regular, 7.5f,
				Palette.SECONDARY, x, top - 9);
		ChartBlock.draw(cursor, Reg44Chart.build(b.reg44(), cursor.fonts), x, top - 14, width, height);
		if (top - 14 - height < cursor.y()) {
			cursor.down(cursor.y() - (top - 14 - height) + 6);
		}
	}

	private static void none(PageCursor cursor, String text) {
		cursor.paragraph(text, cursor.fonts.regular, 9, Palette.TEXT);
	}

	private static Cell opinion(Boolean value) {
		if (value == null) {
			return Cell.of("not stated");
		}
		return value ? Cell.of("Yes") : Cell.bold("No", Palette.TEXT);
	}

	/** The fact's date (unless the fact says it) and source after it, so a reader can find the record. */
	private static String evidence(Briefing.Point p) {
		boolean dated = p.date() != null && !p.fact().contains(p.date().toString());
		String where = Stream.of(dated ? Dates.cell(p.date()) : "", p.source() == null ? "" : p.source())
			.filter((s) -> !s.isBlank())
			.collect(Collectors.joining(", "));
		return where.isEmpty() ? "" : " [" + where + "]";
	}

	private static String flags(List<Briefing.Flag> flags, String urn) {
		return flags.stream()
			.map((f) -> f.code() + " \u00b7 " + f.severity() + " \u00b7 since " + Dates.cell(f.firstRaised())
					+ ((f.urn() == null || f.urn().isBlank() || f.urn().equals(urn)) ? "" : " \u00b7 about " + f.urn()))
			.collect(Collectors.joining("\n"));
	}

	static String interview(Briefing.Missing m) {
		if (m.end() == null) {
			return "not returned yet";
		}
		if (m.interviewCompleted() != null) {
			return "completed " + Dates.cell(m.interviewCompleted());
		}
		if (m.interviewOffered() != null) {
			return "offered " + Dates.cell(m.interviewOffered()) + ", not completed";
		}
		return m.interviewRecorded() ? "recorded, not offered" : "none recorded";
	}

	static String kind(String kind) {
		return "A".equals(kind) ? "Away without authorisation" : "M".equals(kind) ? "Missing" : kind;
	}

	static String name(Briefing b) {
		return (b.settingName() == null || b.settingName().isBlank()) ? "Setting" : b.settingName();
	}

	static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}
}
