package uk.placewise.report.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.jfree.chart.JFreeChart;

/**
 * Draws a JFreeChart as vector graphics (a form XObject, no bitmap) with its text set in the
 * embedded report font, so it prints sharply and stays PDF/A.
 */
final class ChartBlock {

	private ChartBlock() {
	}

	static void draw(PageCursor cursor, JFreeChart chart, float x, float top, float width, float height) {
		try {
			PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(cursor.document, width, height);
			PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
			text.registerFont(cursor.fonts.awtRegular.getFontName(), cursor.fonts.regular);
			text.registerFont(cursor.fonts.awtBold.getFontName(), cursor.fonts.bold);
			graphics.setFontTextDrawer(text);
			chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
			graphics.dispose();
			PDPageContentStream stream = cursor.stream();
			stream.saveGraphicsState();
			stream.transform(Matrix.getTranslateInstance(x, top - height));
			stream.drawForm(graphics.getXFormObject());
			stream.restoreGraphicsState();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
