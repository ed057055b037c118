package uk.placewise.report.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report typeface, Liberation Sans (metric-compatible with Arial, the GOV.UK fallback face;
 * SIL Open Font Licence, see reports/fonts/OFL.txt), embedded as a subset for PDF/A. The AWT
 * versions are used by charts so that chart text measures exactly like page text.
 */
final class Fonts {

	static final String REGULAR_FILE = "fonts/LiberationSans-Regular.ttf";

	static final String BOLD_FILE = "fonts/LiberationSans-Bold.ttf";

	final PDFont regular;

	final PDFont bold;

	final Font awtRegular;

	final Font awtBold;

	private final Map<Integer, Boolean> encodable = new HashMap<>();

	private Fonts(PDFont regular, PDFont bold, Font awtRegular, Font awtBold) {
		this.regular = regular;
		this.bold = bold;
		this.awtRegular = awtRegular;
		this.awtBold = awtBold;
	}

	static Fonts load(PDDocument document, ReportsFolder reports) throws IOException {
		return new Fonts(pdf(document, reports, REGULAR_FILE), pdf(document, reports, BOLD_FILE),
				awt(reports, REGULAR_FILE), awt(reports, BOLD_FILE));
	}

	/**
	 * The font as a subset to embed, without glyph substitution. PDFBox applies a font's GSUB table to
	 * every word shown (for Latin text: ligatures such as "fi"), compiling regular expressions each time,
	 * which made long tables slow (the national visit schedule: seconds). Without it each character is
	 * its own glyph, so page text measures as {@link #width} measures it and extracts letter for letter.
	 */
	private static PDFont pdf(PDDocument document, ReportsFolder reports, String file) throws IOException {
		TrueTypeFont ttf;
		try (InputStream in = reports.open(file)) {
			ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
		}
		try {
			ttf.setEnableGsub(false);
			PDFont font = PDType0Font.load(document, ttf, true);
			document.registerTrueTypeFontForClosing(ttf);
			return font;
		}
		catch (IOException | RuntimeException ex) {
			ttf.close();
			throw ex;
		}
	}

	private static Font awt(ReportsFolder reports, String file) throws IOException {
		try (InputStream in = reports.open(file)) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (FontFormatException ex) {
			throw new IOException(reports.describe(file) + " is not a TrueType font", ex);
		}
	}

	/** Width of text in points. */
	float width(PDFont font, float size, String text) {
		try {
			return font.getStringWidth(text) / 1000f * size;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Text the font can show: control characters become spaces, characters without a glyph
	 * become '?', so odd bytes in a feed can never stop a PDF from being written.
	 */
	String printable(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((cp) -> {
			if (cp == '\n') {
				out.append('\n');
			}
			else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
				out.append(' ');
			}
			else {
				out.appendCodePoint(this.encodable.computeIfAbsent(cp, this::canEncode) ? cp : '?');
			}
		});
		return out.toString();
	}

	private boolean canEncode(int codePoint) {
		try {
			this.regular.encode(new String(Character.toChars(codePoint)));
			this.bold.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
