package uk.placewise.ingest.workbook;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
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
 * The rows of one ODS {@code <table:table>}, pulled from the stream as they are asked for. Repeated
 * blank rows and trailing blank cells (ODS writes {@code number-columns-repeated="16384"}) cost a
 * counter, never memory; a cell's value is its typed value ({@code office:value},
 * {@code office:date-value}), else its text; comments ({@code office:annotation}) are not text.
 */
final class OdsRows {

	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	private final XMLStreamReader xml;

	private final String sheet;

	private final CellBudget budget;

	/** The row number of the last row read (rows are numbered from 1, blank ones included). */
	private long line;

	private String[] repeated;

	private long repeats;

	OdsRows(XMLStreamReader xml, String sheet, CellBudget budget) {
		this.xml = xml;
		this.sheet = sheet;
		this.budget = budget;
	}

	/** The next non-blank row, or null at the end of the table. */
	TableRow next() throws XMLStreamException {
		if (repeats > 0) {
			repeats--;
			budget.spend(repeated.length);
			return new TableRow(++line, repeated.clone());
		}
		int depth = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (is(OdsWorkbook.TABLE, "table-row")) {
					long times = repeat("number-rows-repeated");
					String[] cells = row();
					if (cells.length == 0) {
						line += times;
						continue;
					}
					if (line + times > ReadLimits.MAX_ROWS) {
						throw new UnreadableTable("sheet " + sheet + " has more than " + ReadLimits.MAX_ROWS
								+ " rows (Excel's limit): not read");
					}
					repeated = cells;
					repeats = times - 1;
					budget.spend(cells.length);
					return new TableRow(++line, cells.clone());
				}
				if (++depth > ReadLimits.MAX_DEPTH) {
					throw new UnreadableTable("sheet " + sheet + " nests deeper than " + ReadLimits.MAX_DEPTH + ": not read");
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				if (depth == 0) {
					return null;
				}
				depth--;
			}
		}
		return null;
	}

	/** The cells of the row just begun, trailing blanks dropped; the stream is left at its end. */
	private String[] row() throws XMLStreamException {
		List<String> cells = new ArrayList<>();
		long blanks = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			if (!is(OdsWorkbook.TABLE, "table-cell") && !is(OdsWorkbook.TABLE, "covered-table-cell")) {
				skip();
				continue;
			}
			long times = repeat("number-columns-repeated");
			String where = WorkbookPositions.of(sheet, line + 1, (int) Math.min(cells.size() + blanks, ReadLimits.MAX_COLUMNS));
			String value = cell(where);
			if (value.isEmpty()) {
				blanks += times;
				continue;
			}
			if (cells.size() + blanks + times > ReadLimits.MAX_COLUMNS) {
				throw new UnreadableTable("cell " + where + " is beyond column " + ReadLimits.MAX_COLUMNS
						+ " (Excel's limit): not read");
			}
			for (long b = 0; b < blanks; b++) {
				cells.add("");
			}
			blanks = 0;
			for (long t = 0; t < times; t++) {
				cells.add(value);
			}
		}
		return cells.toArray(String[]::new);
	}

	/** The value of the cell just begun; the stream is left at its end. */
	private String cell(String where) throws XMLStreamException {
		String type = xml.getAttributeValue(OFFICE, "value-type");
		String typed = switch (type == null ? "" : type) {
			case "float", "percentage", "currency" -> Cells.number(attribute(OFFICE, "value"));
			case "date" -> date(attribute(OFFICE, "date-value"));
			case "boolean" -> "true".equals(attribute(OFFICE, "boolean-value")) ? "TRUE" : "FALSE";
			default -> null;
		};
		String text = text(where);
		return typed == null || typed.isEmpty() ? text.strip().isEmpty() ? "" : text : typed;
	}

	/** The text of the cell just begun: its paragraphs one per line, spaces and tabs as written. */
	private String text(String where) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 0;
		int paragraphs = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> {
					if (is(OFFICE, "annotation")) {
						skip();
						continue;
					}
					if (++depth > ReadLimits.MAX_DEPTH) {
						throw new UnreadableTable("cell " + where + " nests deeper than " + ReadLimits.MAX_DEPTH + ": not read");
					}
					if (is(TEXT, "p") || is(TEXT, "h")) {
						if (paragraphs++ > 0) {
							Cells.append(text, "\n", where);
						}
					}
					else if (is(TEXT, "s")) {
						long spaces = Math.min(repeat(TEXT, "c"), ReadLimits.MAX_CELL_CHARS + 1L);
						Cells.append(text, " ".repeat((int) spaces), where);
					}
					else if (is(TEXT, "tab")) {
						Cells.append(text, "\t", where);
					}
					else if (is(TEXT, "line-break")) {
						Cells.append(text, "\n", where);
					}
				}
				case XMLStreamConstants.END_ELEMENT -> {
					if (depth-- == 0) {
						return text.toString();
					}
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (depth > 0) {
						Cells.append(text, xml.getText(), where);
					}
				}
				default -> {
				}
			}
		}
		return text.toString();
	}

	private static String date(String value) {
		if (value == null) {
			return null;
		}
		try {
			return value.length() <= 10 ? LocalDate.parse(value).toString() : Cells.date(LocalDateTime.parse(value));
		}
		catch (DateTimeParseException ex) {
			return value;
		}
	}

	/** Skips the element just begun, with everything in it. */
	private void skip() throws XMLStreamException {
		int depth = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && ++depth > ReadLimits.MAX_DEPTH) {
				throw new UnreadableTable("sheet " + sheet + " nests deeper than " + ReadLimits.MAX_DEPTH + ": not read");
			}
			if (event == XMLStreamConstants.END_ELEMENT && depth-- == 0) {
				return;
			}
		}
	}

	private boolean is(String namespace, String name) {
		return namespace.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
	}

	private String attribute(String namespace, String name) {
		return xml.getAttributeValue(namespace, name);
	}

	private long repeat(String name) {
		return repeat(OdsWorkbook.TABLE, name);
	}

	private long repeat(String namespace, String name) {
		String value = xml.getAttributeValue(namespace, name);
		try {
			long n = value == null ? 1 : Long.parseLong(value.strip());
			return n < 1 ? 1 : Math.min(n, ReadLimits.MAX_ROWS + 1L);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}
}
