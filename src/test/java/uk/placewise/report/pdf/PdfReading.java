package uk.placewise.report.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a written PDF back as a reader would: page text, and a PNG preview for a person. */
public final class PdfReading {

	static final Path PREVIEWS = Path.of("target", "pdf-previews");

	private PdfReading() {
	}

	public static String page(Path pdf, int page) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return stripper.getText(document);
		}
	}

	public static String all(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Text with every run of white space (line breaks included) made one space: wrapped text reads whole. */
	public static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

	public static int pages(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return document.getNumberOfPages();
		}
	}

	/** Renders pages to target/pdf-previews/NAME-pN.png at 110 dpi for a person to look at. */
	public static void preview(Path pdf, String name, int... pages) throws IOException {
		preview(pdf, PREVIEWS, name, pages);
	}

	/** Renders pages to FOLDER/NAME-pN.png at 110 dpi. */
	public static void preview(Path pdf, Path folder, String name, int... pages) throws IOException {
		Files.createDirectories(folder);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page : pages) {
				if (page <= document.getNumberOfPages()) {
					BufferedImage image = renderer.renderImageWithDPI(page - 1, 110);
					ImageIO.write(image, "png", folder.resolve(name + "-p" + page + ".png").toFile());
				}
			}
		}
	}

}
