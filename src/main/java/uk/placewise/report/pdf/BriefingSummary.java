package uk.placewise.report.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The briefing's opening box: band and score in the band's colour, then provider, visit frequency and
 * the last QA visit, the few facts an officer checks before anything else.
 */
final class BriefingSummary {

	private static final float BAR = 5;

	private static final float SIZE = 9.5f;

	private static final float LEADING = SIZE * 1.4f;

	private BriefingSummary() {
	}

	static void draw(PageCursor cursor, Briefing b) {
		float inner = cursor.left() + BAR + 8;
		float width = cursor.width() - BAR - 16;
		String headline = "Band " + b.band().label() + " \u00b7 score " + b.score() + " \u00b7 visit every "
				+ (b.visitEveryMonths() == 1 ? "month" : b.visitEveryMonths() + " months");
		List<String> lines = new ArrayList<>();
		lines.add("Provider: " + text(b.provider()) + " \u00b7 " + kind(b.settingType()) + " \u00b7 "
				+ (b.children().size() == 1 ? "1 child" : b.children().size() + " children") + " placed");
		Briefing.Visit v = b.lastVisit();
		lines.add((v == null) ? "Last QA visit: none on record"
				: "Last QA visit: " + Dates.text(v.date()) + (v.type().isBlank() ? "" : ", " + v.type().toLowerCase())
						+ ", outcome " + (v.outcome().isBlank() ? "not graded" : v.outcome())
						+ (v.officer().isBlank() ? "" : " (" + v.officer() + ")"));
		if (b.latestReg45() != null || "CHILDRENS_HOME".equals(b.settingType())
				|| "SECURE_CHILDRENS_HOME".equals(b.settingType())) {
			lines.add((b.latestReg45() == null) ? "Latest Reg 45 review: none on record"
					: "Latest Reg 45 review: " + Dates.text(b.latestReg45()) + " ("
							+ java.time.temporal.ChronoUnit.DAYS.between(b.latestReg45(), b.asOf()) + " days before the data date)");
		}
		String due = (b.scheduleRule() == null || b.scheduleRule().isBlank()) ? "" : "Due: " + b.scheduleRule();
		String band = (b.bandRule() == null || b.bandRule().isBlank()) ? "" : "band set by " + b.bandRule();
		if (!due.isEmpty() || !band.isEmpty()) {
			lines.add(due.isEmpty() ? "Band set by " + b.bandRule() : due + (band.isEmpty() ? "" : " \u00b7 " + band));
		}
		List<String> wrapped = new ArrayList<>();
		for (String line : lines) {
			wrapped.addAll(TextWrap.lines(cursor.fonts, cursor.fonts.regular, SIZE, line, width));
		}
		float height = 14 + 18 + wrapped.size() * LEADING + 6;
		cursor.ensure(height);
		float top = cursor.y();
		cursor.fill(cursor.left(), top - height, cursor.width(), height, Palette.LIGHT);
		cursor.fill(cursor.left(), top - height, BAR, height, bandColour(b.band()));
		cursor.text(headline, cursor.fonts.bold, 13, Palette.band(b.band()), inner, top - 20);
		cursor.lines(wrapped, cursor.fonts.regular, SIZE, Palette.TEXT, inner, top - 28, LEADING);
		cursor.down(height + 6);
	}

	private static java.awt.Color bandColour(Band band) {
		return switch (band) {
			case CRITICAL -> Palette.RED;
			case HIGH -> Palette.AMBER;
			case MEDIUM -> Palette.BLUE;
			case LOW -> Palette.GREEN;
		};
	}

	/** The setting type in words (the results keep the rules' type name, CHILDRENS_HOME). */
	static String kind(String type) {
		if (type == null || type.isBlank()) {
			return "type not recorded";
		}
		return switch (type) {
			case "CHILDRENS_HOME" -> "children's home";
			case "SECURE_CHILDRENS_HOME" -> "secure children's home";
			case "INDEPENDENT_FOSTERING_AGENCY" -> "independent fostering agency";
			case "SUPPORTED_ACCOMMODATION" -> "supported accommodation";
			case "OTHER" -> "other provision";
			default -> type;
		};
	}

	private static String text(String s) {
		return (s == null || s.isBlank()) ? "not recorded" : s;
	}
}
