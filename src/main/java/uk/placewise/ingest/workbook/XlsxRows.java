package uk.placewise.ingest.workbook;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import uk.placewise.ingest.tables.Cells;
import uk.placewise.ingest.tables.ReadLimits;
import uk.placewise.ingest.tables.TableRow;
import uk.placewise.ingest.tables.UnreadableTable;

/**
 * The rows of one worksheet's XML ({@code <sheetData><row r="12"><c r="C12" t="s"><v>..}), pulled
 * as they are asked for. Cells are placed by their reference, so skipped (empty) cells stay empty;
 * a merged title's other cells are empty too, as Excel stores them.
 */
final class XlsxRows {

	private final XMLStreamReader xml;

	private final String sheet;

	private final XlsxCells values;

	private final CellBudget budget;

	private long line;

	private boolean ended;

	XlsxRows(XMLStreamReader xml, String sheet, XlsxCells values, CellBudget budget) {
		this.xml = xml;
		this.sheet = sheet;
		this.values = values;
		this.budget = budget;
	}

	TableRow next() throws XMLStreamException {
		int depth = 0;
		while (!ended && xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (++depth > ReadLimits.MAX_DEPTH) {
					throw new UnreadableTable("sheet " + sheet + " nests deeper than " + ReadLimits.MAX_DEPTH + ": not read");
				}
				if ("row".equals(xml.getLocalName())) {
					depth--;
					long number = rowNumber();
					String[] cells = row(number);
					line = number;
					if (cells.length > 0) {
						budget.spend(cells.length);
						return new TableRow(number, cells);
					}
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
				if ("sheetData".equals(xml.getLocalName())) {
					ended = true;
				}
			}
		}
		ended = true;
		return null;
	}

	private long rowNumber() {
		String r = xml.getAttributeValue(null, "r");
		long number;
		try {
			number = r == null ? line + 1 : Long.parseLong(r.strip());
		}
		catch (NumberFormatException ex) {
			number = line + 1;
		}
		if (number <= line || number > ReadLimits.MAX_ROWS) {
			throw new UnreadableTable("sheet " + sheet + " row " + number + " is out of order or beyond row "
					+ ReadLimits.MAX_ROWS + " (Excel's limit): not read");
		}
		return number;
	}

	/** The cells of the row just begun, trailing blanks dropped; the stream is left at its end. */
	private String[] row(long number) throws XMLStreamException {
		List<String> cells = new ArrayList<>();
		int next = 0;
		int last = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
				break;
			}
			if (event != XMLStreamConstants.START_ELEMENT || !"c".equals(xml.getLocalName())) {
				continue;
			}
			String ref = xml.getAttributeValue(null, "r");
			int column = ref == null ? next : Cells.column(ref);
			if (column < 0) {
				column = next;
			}
			if (column >= ReadLimits.MAX_COLUMNS) {
				throw new UnreadableTable("cell " + ref + " of sheet " + sheet + " is beyond column "
						+ ReadLimits.MAX_COLUMNS + " (Excel's limit): not read");
			}
			String where = WorkbookPositions.of(sheet, number, column);
			String type = xml.getAttributeValue(null, "t");
			String style = xml.getAttributeValue(null, "s");
			String text = values.text(type, style, content(type, where), where);
			while (cells.size() <= column) {
				cells.add("");
			}
			cells.set(column, text);
			if (!text.isEmpty()) {
				last = column + 1;
			}
			next = column + 1;
		}
		return cells.subList(0, last).toArray(String[]::new);
	}

	/** The text of the cell just begun: its {@code <v>}, or its inline string without phonetic runs. */
	private String content(String type, String where) throws XMLStreamException {
		StringBuilder value = null;
		boolean inValue = false;
		int skipping = 0;
		int depth = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				String name = xml.getLocalName();
				if (skipping > 0 || "f".equals(name) || "rPh".equals(name)) {
					skipping++;
				}
				else if ("v".equals(name) || ("t".equals(name) && "inlineStr".equals(type))) {
					inValue = true;
					value = value == null ? new StringBuilder() : value;
				}
				if (depth > ReadLimits.MAX_DEPTH) {
					throw new UnreadableTable("cell " + where + " nests deeper than " + ReadLimits.MAX_DEPTH + ": not read");
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				if (depth-- == 0) {
					break;
				}
				if (skipping > 0) {
					skipping--;
				}
				inValue = false;
			}
			else if (inValue && skipping == 0 && (event == XMLStreamConstants.CHARACTERS
					|| event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
				Cells.append(value, xml.getText(), where);
			}
		}
		return value == null ? null : value.toString();
	}
}
