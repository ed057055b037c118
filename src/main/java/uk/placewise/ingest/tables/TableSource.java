package uk.placewise.ingest.tables;

import java.io.IOException;

/**
 * The tables of one opened inbox file, in the order the file holds them. Tables are read one after
 * the other: asking for the next table skips what is left of the current one, so a workbook is
 * streamed, never held whole.
 */
public interface TableSource extends AutoCloseable {

	/** The next table, or null when there are no more. */
	Table next() throws IOException;

	@Override
	void close() throws IOException;
}
