package uk.placewise.ingest;

import java.io.IOException;
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
 */
final class CsvRecords implements TableRows {

	/**
	 * One record. {@code truncatedTail} is set (and {@code cells} empty) for the unreadable end of a
	 * file cut off inside a quoted cell: the text from {@code line} to the end of the file.
	 */
	record CsvRecord(long line, String[] cells, String truncatedTail) {

		boolean blank() {
			for (String cell : cells) {
				if (!cell.isBlank()) {
					return false;
				}
			}
			return truncatedTail == null;
		}
	}

	/**
	 * OpenCSV silently drops NUL (its "no escape character"), which would store {@code Nul<NUL>Care} as
	 * {@code NulCare}. NUL is carried through the parser as this private-use character and put back,
	 * so the cell is seen as it arrived and rejected.
	 */
	private static final char NUL_STAND_IN = '\uE000';

	private final String text;

	private final boolean nul;

	private final CSVReader reader;

	private final char separator;

	private boolean ended;

	CsvRecords(String text) {
		this.text = text;
		this.nul = text.indexOf('\u0000') >= 0;
		this.separator = separator(text);
		CSVParser parser = new CSVParserBuilder().withSeparator(separator)
			.withEscapeChar(ICSVParser.NULL_CHARACTER)
			.withIgnoreLeadingWhiteSpace(false)
			.build();
		this.reader = new CSVReaderBuilder(new StringReader(nul ? text.replace('\u0000', NUL_STAND_IN) : text)).withCSVParser(parser)
			.withSkipLines(text.startsWith("sep=") ? 1 : 0)
			.build();
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
		long line = reader.getLinesRead() + 1;
		try {
			String[] cells = reader.readNext();
			if (cells == null) {
				ended = true;
				return null;
			}
			if (nul) {
				for (int i = 0; i < cells.length; i++) {
					cells[i] = cells[i].replace(NUL_STAND_IN, '\u0000');
				}
			}
			return new CsvRecord(Math.max(line, firstDataLine()), cells, null);
		}
		catch (CsvMalformedLineException ex) {
			ended = true;
			return new CsvRecord(line, new String[0], tailFrom(line));
		}
		catch (CsvValidationException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long firstDataLine() {
		return text.startsWith("sep=") ? 2 : 1;
	}

	/**
	 * Excel's {@code sep=;} first line names the separator; otherwise a comma. A quote or NUL cannot
	 * separate cells (OpenCSV refuses them), so {@code sep="} is read as a comma.
	 */
	private static char separator(String text) {
		if (text.startsWith("sep=") && text.length() > 4 && "\r\n\"\u0000".indexOf(text.charAt(4)) < 0) {
			return text.charAt(4);
		}
		return ',';
	}

	/** The text from the start of a physical line to the end; lines end in CRLF, LF or a lone CR. */
	private String tailFrom(long line) {
		int offset = 0;
		for (long l = 1; l < line && offset < text.length(); l++) {
			while (offset < text.length() && text.charAt(offset) != '\n' && text.charAt(offset) != '\r') {
				offset++;
			}
			offset += text.startsWith("\r\n", offset) ? 2 : 1;
		}
		return offset >= text.length() ? "" : text.substring(offset).stripTrailing();
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
