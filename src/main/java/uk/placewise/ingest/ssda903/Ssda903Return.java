package uk.placewise.ingest.ssda903;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import uk.placewise.ingest.tables.SafeXml;
import uk.placewise.ingest.tables.Table;
import uk.placewise.ingest.tables.TableRow;
import uk.placewise.ingest.tables.TableSource;
import uk.placewise.ingest.tables.UnreadableTable;

/**
 * The SSDA903 return as XML ({@code <EXPSSDA903><CHILD><HEADER><CHILDID/>..}) read as the DfE's
 * tables, each under the DfE column names the CSV exports use ({@code CHILDID} is CHILD, {@code PL}
 * is PLACE), so the same feed definitions and checks apply. Each table is one more streaming pass
 * over the file: a return is a few megabytes, and no pass holds more than one child.
 */
public final class Ssda903Return implements TableSource {

	static final String ROOT = "EXPSSDA903";

	private final Path path;

	private final Iterator<ReturnTable> tables;

	private ReturnRows current;

	private Ssda903Return(Path path, List<ReturnTable> present) {
		this.path = path;
		this.tables = present.iterator();
	}

	/** The root element's name when the file is XML, or null when it is not XML at all. */
	public static String rootElement(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader xml = SafeXml.reader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT) {
					return xml.getLocalName();
				}
			}
			return null;
		}
		catch (XMLStreamException ex) {
			return null;
		}
	}

	public static boolean isReturn(String rootElement) {
		return ROOT.equalsIgnoreCase(rootElement);
	}

	/** Opens a return: one pass to learn which of the DfE tables it holds (and that it reads to its end). */
	public static Ssda903Return open(Path file) throws IOException {
		Set<String> elements = new HashSet<>();
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader xml = SafeXml.reader(in);
			int depth = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					elements.add(xml.getLocalName());
					if (++depth > ReturnRows.MAX_DEPTH) {
						throw new UnreadableTable(file.getFileName() + " line " + xml.getLocation().getLineNumber()
								+ " nests deeper than " + ReturnRows.MAX_DEPTH + ": not read");
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new UnreadableTable(file.getFileName() + " is not a readable SSDA903 return: " + UnreadableTable.where(ex));
		}
		return new Ssda903Return(file, ReturnTable.ALL.stream().filter(t -> elements.contains(t.element())).toList());
	}

	@Override
	public Table next() throws IOException {
		close();
		if (!tables.hasNext()) {
			return null;
		}
		ReturnTable table = tables.next();
		ReturnRows rows = new ReturnRows(path, table);
		current = rows;
		String file = path.getFileName().toString();
		return new Table() {

			private boolean header = true;

			@Override
			public String name() {
				return file + "#" + table.name();
			}

			@Override
			public String kind() {
				return "SSDA903 XML";
			}

			@Override
			public TableRow next() {
				if (header) {
					header = false;
					return ReturnRows.header(table);
				}
				return rows.next();
			}

			@Override
			public String position(long line, int cell) {
				return file + " line " + line + (cell >= 0 && cell < table.columns().size() ? " " + table.columns().get(cell) : "");
			}
		};
	}

	@Override
	public void close() throws IOException {
		if (current != null) {
			current.close();
			current = null;
		}
	}
}
