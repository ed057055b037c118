package uk.placewise.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Makes a document PDF/A-2u (2b, plus every glyph mapped to Unicode so text can be searched and read
 * aloud): document information and matching XMP metadata (title, author "Placewise", language
 * en-GB, pdfaid part 2 / conformance U) and an sRGB output intent; then
 * saves it atomically, so that a failed run never leaves a half-written PDF that looks complete.
 */
final class Archival {

	static final String AUTHOR = "Placewise";

	static final String LANGUAGE = "en-GB";

	private static final String SRGB = "sRGB IEC61966-2.1";

	private Archival() {
	}

	/**
	 * @param dated the date the document's data is as of: its creation date, so that replaying a night
	 * (or restarting a killed one) writes the same bytes; the wall clock only when there is none
	 */
	static void finish(PDDocument document, String title, String subject, LocalDate dated) throws IOException {
		ZonedDateTime now = dated != null ? dated.atStartOfDay(ZoneOffset.UTC)
				: ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setAuthor(AUTHOR);
		info.setSubject(subject);
		info.setCreator(AUTHOR);
		info.setProducer(AUTHOR);
		info.setCreationDate(GregorianCalendar.from(now));
		info.setModificationDate(GregorianCalendar.from(now));

		PDDocumentCatalog catalog = document.getDocumentCatalog();
		catalog.setLanguage(LANGUAGE);
		PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
		preferences.setDisplayDocTitle(true);
		catalog.setViewerPreferences(preferences);
		PDMetadata metadata = new PDMetadata(document);
		metadata.importXMPMetadata(xmp(title, subject, now).getBytes(StandardCharsets.UTF_8));
		catalog.setMetadata(metadata);
		PDOutputIntent intent = new PDOutputIntent(document,
				new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
		intent.setInfo(SRGB);
		intent.setOutputCondition(SRGB);
		intent.setOutputConditionIdentifier(SRGB);
		intent.setRegistryName("http://www.color.org");
		catalog.addOutputIntent(intent);
		document.getDocument().getTrailer().setItem(COSName.ID, id(title, subject, now, document.getNumberOfPages()));
	}

	/**
	 * The file identifier PDF/A requires, made from what the document is rather than from the clock
	 * (PDFBox's default), so the same night gives the same bytes.
	 */
	private static COSArray id(String title, String subject, ZonedDateTime when, int pages) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5")
				.digest((title + "\n" + subject + "\n" + when + "\n" + pages).getBytes(StandardCharsets.UTF_8));
			COSArray id = new COSArray();
			id.add(new COSString(digest));
			id.add(new COSString(digest));
			return id;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Saves beside the target and moves into place, so readers never see a partial file. */
	static void save(PDDocument document, Path target) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path partial = Files.createTempFile(folder, target.getFileName().toString(), ".partial");
		try {
			document.save(partial.toFile());
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	private static String xmp(String title, String subject, ZonedDateTime when) {
		String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when);
		return """
				<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
				<x:xmpmeta xmlns:x="adobe:ns:meta/">
				 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
				   <dc:format>application/pdf</dc:format>
				   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>
				   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">%2$s</rdf:li></rdf:Alt></dc:description>
				   <dc:creator><rdf:Seq><rdf:li>%3$s</rdf:li></rdf:Seq></dc:creator>
				   <dc:language><rdf:Bag><rdf:li>%4$s</rdf:li></rdf:Bag></dc:language>
				  </rdf:Description>
				  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
				   <xmp:CreatorTool>%3$s</xmp:CreatorTool>
				   <xmp:CreateDate>%5$s</xmp:CreateDate>
				   <xmp:ModifyDate>%5$s</xmp:ModifyDate>
				  </rdf:Description>
				  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
				   <pdf:Producer>%3$s</pdf:Producer>
				  </rdf:Description>
				  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
				   <pdfaid:part>2</pdfaid:part>
				   <pdfaid:conformance>U</pdfaid:conformance>
				  </rdf:Description>
				 </rdf:RDF>
				</x:xmpmeta>
				<?xpacket end="w"?>""".formatted(escape(title), escape(subject), AUTHOR, LANGUAGE, date);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
