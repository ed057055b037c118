package uk.placewise.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

import com.opencsv.CSVParser;
import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;

/**
 * A thin adapter over OpenCSV's CSVReader that keeps the physical line each record starts on (a
 * quoted cell may span lines), honours Excel's {@code sep=} first line, and turns a file that ends
 * inside a quoted cell into one final truncated record instead of an error.
 *
 * <p>It streams, in bounded memory whatever the file (issue 15, case 7): text is read through
 * {@link BoundedLines}, which cuts a physical line longer than {@link BoundedLines#MAX_LINE} characters
 * (the record is then rejected, and reading goes on with the next line) and ends the file at a record
 * that runs past {@link BoundedLines#MAX_RECORD} characters (a quoted cell that never closes).
 */
final class CsvRecords implements TableRows {

	/**
	 * One record. {@code truncatedTail} is set (and {@code cells} empty) for the unreadable end of a
	 * file cut off inside a quoted cell: the text from {@code line} to the end of the file (at most
	 * {@link BoundedLines#MAX_TAIL} characters of it). {@code problem}, when set, is why the record cannot
	 * be read as a row (the reject reason).
	 */
	record CsvRecord(long line, String[] cells, String truncatedTail, String problem) {

		CsvRecord(long line, String[] cells, String truncatedTail) {
			this(line, cells, truncatedTail,
					truncatedTail == null ? null : "truncated: the file ends inside a quoted cell begun on this line");
		}

		boolean blank() {
			for (String cell : cells) {
				if (!cell.isBlank()) {
					return false;
				}
			}
			return truncatedTail == null && problem == null;
		}
	}

	private final BoundedLines lines;

	private final CSVReader reader;

	private final char separator;

	private final int skipped;

	private boolean ended;

	CsvRecords(String text) {
		this(new StringReader(text));
	}

	CsvRecords(Reader text) {
		try {
			this.lines = new BoundedLines(text);
			String start = lines.peek(5);
			this.separator = separator(start);
			this.skipped = start.startsWith("sep=") ? 1 : 0;
			if (skipped == 1) {
				lines.readLine();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		CSVParser parser = new CSVParserBuilder().withSeparator(separator)
			.withEscapeChar(ICSVParser.NULL_CHARACTER)
			.withIgnoreLeadingWhiteSpace(false)
			.build();
		this.reader = new CSVReaderBuilder(lines).withCSVParser(parser).withVerifyReader(false).build();
	}

	char separator() {
		return separator;
	}

	/** The next record, or null at the end of the text. */
	@Override
	public CsvRecord next() {
		if (ended) {
			return null;
		}
		long line = reader.getLinesRead() + 1 + skipped;
		lines.startRecord();
		try {
			String[] cells = reader.readNext();
			if (cells == null) {
				ended = true;
				return null;
			}
			if (lines.nulSeen()) {
				for (int i = 0; i < cells.length; i++) {
					cells[i] = cells[i].replace(BoundedLines.NUL_STAND_IN, '\u0000');
				}
			}
			if (lines.cutLine() > 0) {
				return new CsvRecord(line, cells, null, "too long: line " + lines.cutLine() + " has more than "
						+ String.format("%,d", BoundedLines.MAX_LINE) + " characters (the rest of the line was not read)");
			}
			return new CsvRecord(line, cells, null);
		}
		catch (CsvMalformedLineException ex) {
			ended = true;
			String tail = lines.tail().stripTrailing();
			if (lines.recordTooLong()) {
				return new CsvRecord(line, new String[0], tail, "truncated: a quoted cell begun on this line runs past "
						+ String.format("%,d", BoundedLines.MAX_RECORD_LINES) + " lines or "
						+ String.format("%,d", BoundedLines.MAX_RECORD)
						+ " characters (a quote never closed?): the rest of the file was not read");
			}
			return new CsvRecord(line, new String[0], tail);
		}
		catch (CsvValidationException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Excel's {@code sep=;} first line names the separator; otherwise a comma. A quote or NUL cannot
	 * separate cells (OpenCSV refuses them), so {@code sep="} is read as a comma.
	 */
	private static char separator(String start) {
		if (start.startsWith("sep=") && start.length() > 4 && "\r\n\"\u0000".indexOf(start.charAt(4)) < 0) {
			return start.charAt(4);
		}
		return ',';
	}

	@Override
	public void close() {
		try {
			reader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
