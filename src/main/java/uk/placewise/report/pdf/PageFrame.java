package uk.placewise.report.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The header and footer of every page, stamped once all pages exist so that "Page x of y" is known.
 * The footer always carries the ruleset version and the as-of date (or month), so a printed page
 * can be traced to the rules and data that produced it.
 *
 * @param title the document title, left of the header
 * @param council the council, right of the header
 * @param footer the provenance line, e.g. "Ruleset 3f2a9c1e · Data as of 1 April 2026"
 * @param marking a protective marking printed top and bottom of every page, or null
 */
record PageFrame(String title, String council, String footer, String marking) {

	static final String OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE";

	private static final float SIZE = 8;

	void stamp(PDDocument document, Fonts fonts) throws IOException {
		int total = document.getNumberOfPages();
		for (int i = 0; i < total; i++) {
			PDPage page = document.getPage(i);
			try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true,
					true)) {
				draw(new Stamp(stream, fonts, page.getMediaBox()), "Page " + (i + 1) + " of " + total);
			}
		}
	}

	private void draw(Stamp stamp, String pageNumber) throws IOException {
		float left = PageCursor.MARGIN;
		float right = stamp.box.getWidth() - PageCursor.MARGIN;
		float top = stamp.box.getHeight() - PageCursor.MARGIN;
		float bottom = PageCursor.MARGIN;
		if (this.marking != null) {
			stamp.centre(this.marking, top + 14);
			stamp.centre(this.marking, bottom - 22);
		}
		stamp.text(this.title, true, left, top - 10);
		stamp.right(nullToEmpty(this.council), right, top - 10);
		stamp.rule(left, right, top - 18);
		stamp.rule(left, right, bottom + 16);
		float pageWidth = stamp.width(pageNumber, SIZE);
		stamp.fitted(this.footer, left, bottom + 4, right - left - pageWidth - 12);
		stamp.right(pageNumber, right, bottom + 4);
	}

	private static String nullToEmpty(String text) {
		return (text == null) ? "" : text;
	}

	/** Drawing on one page's appended content stream. */
	private record Stamp(PDPageContentStream stream, Fonts fonts, PDRectangle box) {

		void text(String text, boolean bold, float x, float baseline) throws IOException {
			this.stream.beginText();
			this.stream.setFont(bold ? this.fonts.bold : this.fonts.regular, SIZE);
			this.stream.setNonStrokingColor(bold ? Palette.TEXT : Palette.SECONDARY);
			this.stream.newLineAtOffset(x, baseline);
			this.stream.showText(this.fonts.printable(text));
			this.stream.endText();
		}

		float width(String text, float size) throws IOException {
			return this.fonts.width(this.fonts.regular, size, this.fonts.printable(text));
		}

		/** Regular text shrunk as needed to fit {@code maxWidth}, so a long ruleset hash never runs into the page number. */
		void fitted(String text, float x, float baseline, float maxWidth) throws IOException {
			float size = Math.max(4f, Math.min(SIZE, SIZE * maxWidth / width(text, SIZE)));
			this.stream.beginText();
			this.stream.setFont(this.fonts.regular, size);
			this.stream.setNonStrokingColor(Palette.SECONDARY);
			this.stream.newLineAtOffset(x, baseline);
			this.stream.showText(this.fonts.printable(text));
			this.stream.endText();
		}

		void right(String text, float right, float baseline) throws IOException {
			text(text, false, right - this.fonts.width(this.fonts.regular, SIZE, this.fonts.printable(text)),
					baseline);
		}

		void centre(String text, float baseline) throws IOException {
			float width = this.fonts.width(this.fonts.bold, 10, text);
			this.stream.beginText();
			this.stream.setFont(this.fonts.bold, 10);
			this.stream.setNonStrokingColor(Palette.TEXT);
			this.stream.newLineAtOffset((this.box.getWidth() - width) / 2, baseline);
			this.stream.showText(text);
			this.stream.endText();
		}

		void rule(float from, float to, float y) throws IOException {
			this.stream.setStrokingColor(Palette.BORDER);
			this.stream.setLineWidth(0.5f);
			this.stream.moveTo(from, y);
			this.stream.lineTo(to, y);
			this.stream.stroke();
		}

	}

}
