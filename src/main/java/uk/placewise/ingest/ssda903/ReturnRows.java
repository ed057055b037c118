package uk.placewise.ingest.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import uk.placewise.ingest.tables.Cells;
import uk.placewise.ingest.tables.ReadLimits;
import uk.placewise.ingest.tables.SafeXml;
import uk.placewise.ingest.tables.TableRow;
import uk.placewise.ingest.tables.UnreadableTable;

/**
 * One pass over an SSDA903 return for one of its tables: child by child, the rows of that table
 * with the child's {@code CHILDID} carried into each. A child's rows are held until its element
 * ends (its id may come after them); nothing else is held.
 */
final class ReturnRows implements AutoCloseable {

	/** An SSDA903 return nests five deep (EXPSSDA903, CHILD, HEADER, AREVIEW, REVIEW). */
	static final int MAX_DEPTH = 16;

	/** Rows of one table for one child (a child has a few dozen episodes at most). */
	static final int MAX_ROWS_PER_CHILD = 10_000;

	private final String file;

	private final ReturnTable table;

	private final InputStream in;

	private final XMLStreamReader xml;

	private final Deque<TableRow> ready = new ArrayDeque<>();

	private long rows;

	/** Depth outside the CHILD elements (the root, any wrapper). */
	private int depth;

	ReturnRows(Path path, ReturnTable table) throws IOException {
		this.file = path.getFileName().toString();
		this.table = table;
		this.in = Files.newInputStream(path);
		try {
			this.xml = SafeXml.reader(in);
		}
		catch (XMLStreamException ex) {
			in.close();
			throw broken(ex);
		}
	}

	/** The table's header row: its DfE column names, on the line of the return's root element. */
	static TableRow header(ReturnTable table) {
		return new TableRow(1, table.columns().toArray(String[]::new));
	}

	/** The next row, or null at the end of the return. */
	TableRow next() {
		try {
			while (ready.isEmpty() && xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					if (xml.getLocalName().equals("CHILD")) {
						child();
					}
					else if (++depth > MAX_DEPTH) {
						throw new UnreadableTable(file + " line " + line() + " nests deeper than " + MAX_DEPTH + ": not read");
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
			return ready.poll();
		}
		catch (XMLStreamException ex) {
			throw broken(ex);
		}
	}

	/** Reads one CHILD element; its rows of this table, with its id, are then ready. */
	private void child() throws XMLStreamException {
		String id = "";
		List<String[]> found = new ArrayList<>();
		List<Long> lines = new ArrayList<>();
		String[] row = null;
		int rowDepth = -1;
		int level = 1;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.END_ELEMENT) {
				if (--level == 0) {
					break;
				}
				if (level < rowDepth) {
					row = null;
					rowDepth = -1;
				}
				continue;
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			if (++level > MAX_DEPTH) {
				throw new UnreadableTable(file + " line " + line() + " nests deeper than " + MAX_DEPTH + ": not read");
			}
			String name = xml.getLocalName();
			if (name.equals(table.element()) && row == null) {
				if (found.size() >= MAX_ROWS_PER_CHILD) {
					throw new UnreadableTable(file + " line " + line() + ": one child has more than "
							+ MAX_ROWS_PER_CHILD + " <" + name + "> elements: not read");
				}
				row = new String[table.columns().size()];
				Arrays.fill(row, "");
				rowDepth = level;
				found.add(row);
				lines.add(line());
				continue;
			}
			if (name.equals("CHILDID") && id.isEmpty()) {
				id = text();
				level--;
				continue;
			}
			String column = row != null && level == rowDepth + 1 ? table.column(name) : null;
			if (column != null) {
				int at = table.columns().indexOf(column);
				String text = text();
				level--;
				if (row[at].isEmpty()) {
					row[at] = text;
				}
			}
		}
		for (int i = 0; i < found.size(); i++) {
			found.get(i)[0] = id;
			if (++rows > ReadLimits.MAX_ROWS) {
				throw new UnreadableTable(file + " has more than " + ReadLimits.MAX_ROWS + " " + table.name() + " rows: not read");
			}
			ready.add(new TableRow(lines.get(i), found.get(i)));
		}
	}

	/** The text of a leaf element just begun, trimmed; the stream is left at its end. */
	private String text() throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		String where = file + " line " + line() + " <" + xml.getLocalName() + ">";
		int depth = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (++depth > MAX_DEPTH) {
					throw new UnreadableTable(where + " nests deeper than " + MAX_DEPTH + ": not read");
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				if (depth-- == 0) {
					break;
				}
			}
			else if (depth == 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
				Cells.append(text, xml.getText(), where);
			}
		}
		return text.toString().strip();
	}

	private long line() {
		return xml.getLocation() == null ? 0 : xml.getLocation().getLineNumber();
	}

	private UnreadableTable broken(XMLStreamException ex) {
		return new UnreadableTable(file + " is not a readable SSDA903 return: " + UnreadableTable.where(ex));
	}

	@Override
	public void close() throws IOException {
		try {
			xml.close();
		}
		catch (XMLStreamException ex) {
			// closing only
		}
		in.close();
	}
}
