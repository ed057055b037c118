package uk.placewise.ingest;

import uk.placewise.ingest.CsvRecords.CsvRecord;

/** Rows as the ingester reads them, whatever holds them: a CSV file, or one table of a workbook or return. */
interface TableRows extends AutoCloseable {

	/** The next record, or null at the end. */
	CsvRecord next();

	@Override
	void close();
}
