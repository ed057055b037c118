package uk.placewise.ingest.tables;

/**
 * One table of an inbox file (a sheet of a workbook, one DfE table of an SSDA903 return), read row
 * by row. Blank rows are not returned; the row numbers of the others are where they are in the file.
 */
public interface Table {

	/** The name a person is shown: the file, then {@code #} and the sheet or table. */
	String name();

	/** What the table is, for messages: {@code ODS sheet}, {@code XLSX sheet}, {@code SSDA903 XML}. */
	String kind();

	/** The next non-blank row, or null at the end of the table. */
	TableRow next();

	/** Where a cell is, in the file's own terms: {@code Provider_level!C12} for a sheet. */
	String position(long line, int cell);
}
