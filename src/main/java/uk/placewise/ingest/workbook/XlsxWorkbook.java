package uk.placewise.ingest.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.SAXException;

import uk.placewise.ingest.tables.ReadLimits;
import uk.placewise.ingest.tables.SafeXml;
import uk.placewise.ingest.tables.Table;
import uk.placewise.ingest.tables.TableRow;
import uk.placewise.ingest.tables.TableSource;
import uk.placewise.ingest.tables.UnreadableTable;

/**
 * An Excel workbook read the streaming way: Apache POI's {@link XSSFReader} hands over each
 * worksheet's XML, pulled here with StAX one row at a time, never POI's whole-workbook model. POI's
 * {@link ZipSecureFile} guards every entry against zip bombs.
 */
public final class XlsxWorkbook implements TableSource {

	static {
		ZipSecureFile.setMinInflateRatio(ReadLimits.MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(ReadLimits.MAX_ENTRY_BYTES);
	}

	private final String file;

	private final OPCPackage pkg;

	private final XlsxCells cells;

	private final XSSFReader.SheetIterator sheets;

	private final CellBudget budget;

	private Sheet current;

	private int tables;

	private XlsxWorkbook(String file, OPCPackage pkg, XlsxCells cells, XSSFReader.SheetIterator sheets) {
		this.file = file;
		this.pkg = pkg;
		this.cells = cells;
		this.sheets = sheets;
		this.budget = new CellBudget(file);
	}

	/**
	 * Opens an Excel workbook; the caller closes it. A zip that is not one (no workbook part) is an
	 * {@link IllegalArgumentException}, so the file can be reported as unrecognised.
	 */
	public static XlsxWorkbook open(Path path) throws IOException {
		String file = path.getFileName().toString();
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
		}
		catch (InvalidFormatException | RuntimeException ex) {
			throw bombOr(file, ex);
		}
		try {
			XSSFReader reader = new XSSFReader(pkg);
			StylesTable styles = reader.getStylesTable();
			XlsxCells cells = new XlsxCells(new ReadOnlySharedStringsTable(pkg, false), styles, date1904(reader));
			return new XlsxWorkbook(file, pkg, cells, (XSSFReader.SheetIterator) reader.getSheetsData());
		}
		catch (OpenXML4JException | SAXException | XMLStreamException | RuntimeException ex) {
			pkg.revert();
			throw bombOr(file, ex);
		}
	}

	private static RuntimeException bombOr(String file, Exception ex) {
		UnreadableTable limit = limit(file, ex);
		return limit != null ? limit
				: new IllegalArgumentException("a zip that is not a readable Excel workbook ("
						+ UnreadableTable.oneLine(ex.getMessage()) + ")", ex);
	}

	/** The limit an exception from POI reports (a zip bomb, an oversized entry), or null. */
	private static UnreadableTable limit(String file, Exception ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof UnreadableTable u) {
				return u;
			}
			if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
				return new UnreadableTable(file + ": an entry inflates more than "
						+ Math.round(1 / ReadLimits.MIN_INFLATE_RATIO) + " times its compressed size: a zip bomb, not read");
			}
			if (t.getMessage() != null && t.getMessage().contains("exceeds the max. entry size")) {
				return new UnreadableTable(file + ": an entry is larger than "
						+ ReadLimits.MAX_ENTRY_BYTES / (1024 * 1024) + " MB uncompressed: not read");
			}
		}
		return null;
	}

	/** Whether the workbook counts its dates from 1904 (old Mac Excel) rather than 1900. */
	private static boolean date1904(XSSFReader reader) throws IOException, InvalidFormatException, XMLStreamException {
		try (InputStream in = reader.getWorkbookData()) {
			XMLStreamReader xml = SafeXml.reader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
					String v = xml.getAttributeValue(null, "date1904");
					return "1".equals(v) || "true".equalsIgnoreCase(v);
				}
				if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && "sheets".equals(xml.getLocalName())) {
					return false;
				}
			}
			return false;
		}
	}

	@Override
	public Table next() throws IOException {
		if (current != null) {
			current.close();
			current = null;
		}
		Iterator<InputStream> it = sheets;
		if (!it.hasNext()) {
			return null;
		}
		if (++tables > ReadLimits.MAX_TABLES) {
			throw new UnreadableTable(file + " has more than " + ReadLimits.MAX_TABLES + " sheets: not read");
		}
		InputStream in = it.next();
		String name = sheets.getSheetName();
		try {
			current = new Sheet(name, in, SafeXml.reader(in));
			return current;
		}
		catch (XMLStreamException ex) {
			in.close();
			throw new UnreadableTable(file + "#" + name + " is broken: " + UnreadableTable.where(ex));
		}
	}

	@Override
	public void close() throws IOException {
		if (current != null) {
			current.close();
		}
		pkg.revert();
	}

	private final class Sheet implements Table {

		private final String sheet;

		private final InputStream in;

		private final XlsxRows rows;

		Sheet(String sheet, InputStream in, XMLStreamReader xml) {
			this.sheet = sheet;
			this.in = in;
			this.rows = new XlsxRows(xml, sheet, cells, budget);
		}

		@Override
		public String name() {
			return file + "#" + sheet;
		}

		@Override
		public String kind() {
			return "XLSX sheet";
		}

		@Override
		public TableRow next() {
			try {
				return rows.next();
			}
			catch (XMLStreamException ex) {
				UnreadableTable limit = limit(name(), ex);
				throw limit != null ? limit : new UnreadableTable(name() + " is broken: " + UnreadableTable.where(ex));
			}
		}

		@Override
		public String position(long line, int cell) {
			return WorkbookPositions.of(sheet, line, cell);
		}

		void close() throws IOException {
			in.close();
		}
	}
}
