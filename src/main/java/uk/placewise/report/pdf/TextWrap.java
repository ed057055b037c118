package uk.placewise.report.pdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Breaks text into lines that fit a width; a word longer than the width is broken, never clipped. */
final class TextWrap {

	private TextWrap() {
	}

	static List<String> lines(Fonts fonts, PDFont font, float size, String text, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : fonts.printable(text).split("\n", -1)) {
			wrapParagraph(fonts, font, size, paragraph.strip(), width, lines);
		}
		return lines;
	}

	private static void wrapParagraph(Fonts fonts, PDFont font, float size, String paragraph, float width,
			List<String> lines) {
		StringBuilder line = new StringBuilder();
		for (String word : paragraph.split(" +")) {
			String candidate = (line.length() == 0) ? word : line + " " + word;
			if (fonts.width(font, size, candidate) <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (line.length() > 0) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (fonts.width(font, size, rest) > width && rest.length() > 1) {
				int cut = fit(fonts, font, size, rest, width);
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		lines.add(line.toString());
	}

	/**
	 * How many leading characters of a long word fit (at least one, so wrapping always progresses),
	 * preferring to break just after a '_', '-', '/' or '.' so codes like UNDER16_UNREGULATED split
	 * where a reader expects.
	 */
	private static int fit(Fonts fonts, PDFont font, float size, String word, float width) {
		int cut = 1;
		while (cut < word.length() && fonts.width(font, size, word.substring(0, cut + 1)) <= width) {
			cut++;
		}
		for (int i = cut; i > cut / 2; i--) {
			if ("_-/.".indexOf(word.charAt(i - 1)) >= 0) {
				return i;
			}
		}
		return cut;
	}

}
