package uk.placewise.ingest;

import uk.placewise.ingest.CsvRecords.CsvRecord;
import uk.placewise.ingest.RowValidator.Checked;

/**
 * A table's rows below its header, each checked and then stored or rejected. Whatever goes wrong with
 * one row (a cell no check foresaw, a pattern that overflows the stack) rejects that row, never the
 * file: the other rows are still read.
 *
 * @param note what the ingest message adds (a truncated end)
 * @param padded rows shorter than the header, read with their missing last cells empty
 */
record FileRows(int read, int rejected, String note, int padded) {

	/** For the ingest message: how many rows were read with their missing last cells empty. */
	String paddedNote() {
		return padded == 0 ? "" : "; " + padded + (padded == 1 ? " row" : " rows")
				+ " shorter than the header read with the missing last cells empty";
	}

	/** Where an accepted row goes (the store), with the line it came from. */
	interface Sink {

		void add(Object[] values, long line);
	}

	/** Reads every remaining record; gives accepted rows to {@code sink} when there is one. */
	static FileRows read(TableRows records, HeaderMatch header, RejectWriter rejects, Sink sink) {
		int read = 0;
		int padded = 0;
		String note = "";
		for (CsvRecord record = records.next(); record != null; record = records.next()) {
			if (record.blank()) {
				continue;
			}
			read++;
			if (record.truncatedTail() != null) {
				note = "; truncated: the file ends inside a quoted cell begun on line " + record.line();
				rejects.rejectTail(record.truncatedTail(), record.line(), record.problem());
				continue;
			}
			if (record.problem() != null) {
				rejects.reject(record.cells(), record.line(), record.problem());
				continue;
			}
			Checked checked;
			try {
				checked = RowValidator.check(header, record.cells());
			}
			catch (RuntimeException | StackOverflowError ex) {
				checked = new Checked(null, "this row could not be checked (" + ex.getClass().getSimpleName()
						+ "): the file's other rows were read");
			}
			if (checked.padded()) {
				padded++;
			}
			if (checked.reason() != null) {
				rejects.reject(record.cells(), record.line(), checked.reason());
			}
			else if (sink != null) {
				sink.add(checked.values(), record.line());
			}
		}
		return new FileRows(read, rejects.count(), note, padded);
	}
}
