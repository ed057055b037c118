package uk.placewise.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import uk.placewise.ingest.tables.TableSource;
import uk.placewise.ingest.ssda903.Ssda903Return;
import uk.placewise.ingest.tables.UnreadableTable;
import uk.placewise.ingest.workbook.OdsWorkbook;
import uk.placewise.ingest.workbook.XlsxWorkbook;

/**
 * What an inbox file is, told by its first bytes, never its name: a zip (an ODS or XLSX workbook),
 * an old OLE2 Excel file, an SSDA903 XML return (other XML is refused), or text (a CSV, read as before).
 */
final class InboxFormat {

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	/** A zip with more entries than this is no workbook (the 2025 Ofsted workbook has 6). */
	private static final int MAX_ZIP_ENTRIES = 10_000;

	/**
	 * An opened file: its tables, or (tables null) why it is not read.
	 *
	 * @param kind what the file is, for messages
	 */
	record Opened(String kind, TableSource tables, String refusal) {

		static Opened refused(String kind, String refusal) {
			return new Opened(kind, null, refusal);
		}
	}

	private InboxFormat() {
	}

	/** The file opened as tables, refused with a reason, or null for a text file (a CSV). */
	static Opened open(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(64);
		}
		if (startsWith(head, OLE2)) {
			return Opened.refused("an OLE2 file", "an Excel 97-2003 workbook (.xls), a password-protected workbook or another"
					+ " OLE2 file: not read; save it unprotected as .xlsx, .ods or CSV");
		}
		if (startsWith(head, ZIP)) {
			return zip(file);
		}
		if (looksLikeXml(head)) {
			String root = Ssda903Return.rootElement(file);
			if (Ssda903Return.isReturn(root)) {
				return new Opened("an SSDA903 return", Ssda903Return.open(file), null);
			}
			if (root != null) {
				return Opened.refused("XML", "XML whose root element is <" + root
						+ ">, not an SSDA903 return (<EXPSSDA903>): not read");
			}
		}
		return null;
	}

	private static Opened zip(Path file) throws IOException {
		ZipFile zip;
		try {
			zip = new ZipFile(file.toFile());
		}
		catch (ZipException ex) {
			return Opened.refused("a zip", "a damaged zip archive (" + ex.getMessage() + "): not read");
		}
		try {
			if (zip.size() > MAX_ZIP_ENTRIES) {
				throw new UnreadableTable(file.getFileName() + " holds more than " + MAX_ZIP_ENTRIES + " entries: not read");
			}
			if (OdsWorkbook.is(zip)) {
				return new Opened("an ODS workbook", OdsWorkbook.open(file, zip), null);
			}
			boolean ooxml = zip.getEntry("[Content_Types].xml") != null;
			zip.close();
			if (!ooxml) {
				return Opened.refused("a zip", "a zip archive, not an .ods or .xlsx workbook or a CSV: not read");
			}
			try {
				return new Opened("an Excel workbook", XlsxWorkbook.open(file), null);
			}
			catch (IllegalArgumentException ex) {
				return Opened.refused("a zip", ex.getMessage() + ": not read");
			}
		}
		catch (IOException | RuntimeException ex) {
			zip.close();
			throw ex;
		}
	}

	/** A '<' first, after any byte order mark and white space. */
	private static boolean looksLikeXml(byte[] head) {
		int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
		while (i < head.length && Character.isWhitespace(head[i])) {
			i++;
		}
		return i < head.length && head[i] == '<';
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}
}
