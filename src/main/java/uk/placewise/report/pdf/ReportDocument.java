package uk.placewise.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * What every Placewise PDF shares: embedded fonts, a body flowed down the pages, the page frame,
 * PDF/A metadata, and an atomic save.
 */
final class ReportDocument {

	private final ReportsFolder reports;

	private final PDRectangle size;

	private final PageFrame frame;

	ReportDocument(ReportsFolder reports, PDRectangle size, PageFrame frame) {
		this.reports = reports;
		this.size = size;
		this.frame = frame;
	}

	/** A4 landscape, for wide tables. */
	static PDRectangle landscape() {
		return new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
	}

	/** Writes the document; {@code dated} (the data's as-of date) is its creation date, for repeatable bytes. */
	void write(String subject, LocalDate dated, Path target, Consumer<PageCursor> body) throws IOException {
		try (PDDocument document = new PDDocument()) {
			Fonts fonts = Fonts.load(document, this.reports);
			try (PageCursor cursor = new PageCursor(document, fonts, this.size)) {
				body.accept(cursor);
			}
			this.frame.stamp(document, fonts);
			Archival.finish(document, this.frame.title(), subject, dated);
			Archival.save(document, target);
		}
	}

	/** The line under a title: "Council · data as of ...", or just the date part without a council. */
	static String subtitle(String council, String rest) {
		return (council == null || council.isBlank()) ? Character.toUpperCase(rest.charAt(0)) + rest.substring(1)
				: council + " \u00b7 " + rest;
	}

	/** The provenance line of every footer. */
	static String provenance(String period, String rulesetVersion) {
		String ruleset = (rulesetVersion == null || rulesetVersion.isBlank()) ? "unknown" : rulesetVersion;
		return period + " \u00b7 Ruleset " + ruleset;
	}

}
