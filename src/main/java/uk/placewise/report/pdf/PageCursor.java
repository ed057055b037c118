package uk.placewise.report.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Flows content down the pages of one document: knows the current page and how much room is left,
 * starts a new page when asked for more, and offers the few drawing primitives the blocks need.
 * Coordinates are PDF points, origin bottom left; {@link #y()} is the top of the free space.
 */
final class PageCursor implements Closeable {

	static final float MARGIN = 40;

	/** Room kept free at the top and bottom of every page for {@link PageFrame}. */
	static final float HEADER = 46;

	static final float FOOTER = 44;

	final PDDocument document;

	final Fonts fonts;

	private final PDRectangle size;

	private PDPageContentStream stream;

	private float y;

	PageCursor(PDDocument document, Fonts fonts, PDRectangle size) {
		this.document = document;
		this.fonts = fonts;
		this.size = size;
		newPage();
	}

	void newPage() {
		try {
			close();
			PDPage page = new PDPage(this.size);
			this.document.addPage(page);
			this.stream = new PDPageContentStream(this.document, page);
			this.y = this.size.getHeight() - MARGIN - HEADER;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	float y() {
		return this.y;
	}

	float left() {
		return MARGIN;
	}

	float width() {
		return this.size.getWidth() - 2 * MARGIN;
	}

	/** The height of the free area of an empty page. */
	float pageBody() {
		return this.size.getHeight() - 2 * MARGIN - HEADER - FOOTER;
	}

	boolean fits(float height) {
		return this.y - height >= MARGIN + FOOTER;
	}

	boolean atTop() {
		return this.y >= this.size.getHeight() - MARGIN - HEADER - 0.5f;
	}

	/** Starts a new page unless {@code height} still fits on this one. */
	void ensure(float height) {
		if (!fits(height) && !atTop()) {
			newPage();
		}
	}

	void down(float amount) {
		this.y -= amount;
	}

	// drawing primitives

	void text(String text, PDFont font, float size, Color color, float x, float baseline) {
		try {
			this.stream.beginText();
			this.stream.setFont(font, size);
			this.stream.setNonStrokingColor(color);
			this.stream.newLineAtOffset(x, baseline);
			this.stream.showText(this.fonts.printable(text).replace('\n', ' '));
			this.stream.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void textRight(String text, PDFont font, float size, Color color, float right, float baseline) {
		text(text, font, size, color, right - this.fonts.width(font, size, this.fonts.printable(text)), baseline);
	}

	/**
	 * Writes wrapped lines starting with the first baseline at {@code top - size}; returns the
	 * height used.
	 */
	float lines(List<String> lines, PDFont font, float size, Color color, float x, float top, float leading) {
		float baseline = top - size;
		for (String line : lines) {
			text(line, font, size, color, x, baseline);
			baseline -= leading;
		}
		return lines.size() * leading;
	}

	/** Writes a wrapped paragraph at the cursor and moves below it, starting a page if needed. */
	void paragraph(String text, PDFont font, float size, Color color) {
		float leading = size * 1.35f;
		List<String> lines = TextWrap.lines(this.fonts, font, size, text, width());
		ensure(lines.size() * leading);
		down(lines(lines, font, size, color, left(), this.y, leading) + size * 0.5f);
	}

	/** A section heading, kept with at least {@code keepWithNext} points of what follows. */
	void heading(String text, float keepWithNext) {
		ensure(30 + keepWithNext);
		down(8);
		paragraph(text, this.fonts.bold, 13, Palette.TEXT);
	}

	/** The document title block at the top of a first page. */
	void title(String title, String subtitle) {
		paragraph(title, this.fonts.bold, 20, Palette.TEXT);
		paragraph(subtitle, this.fonts.regular, 10.5f, Palette.SECONDARY);
		down(4);
	}

	void fill(float x, float bottom, float width, float height, Color color) {
		try {
			this.stream.setNonStrokingColor(color);
			this.stream.addRect(x, bottom, width, height);
			this.stream.fill();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void line(float x1, float y1, float x2, float y2, float width, Color color) {
		try {
			this.stream.setStrokingColor(color);
			this.stream.setLineWidth(width);
			this.stream.moveTo(x1, y1);
			this.stream.lineTo(x2, y2);
			this.stream.stroke();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	PDPageContentStream stream() {
		return this.stream;
	}

	@Override
	public void close() throws IOException {
		if (this.stream != null) {
			this.stream.close();
			this.stream = null;
		}
	}

}
