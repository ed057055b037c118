package uk.placewise.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The physical lines of a text, for OpenCSV, in bounded memory: lines end in CRLF, LF or a lone CR; a
 * line longer than {@link #MAX_LINE} characters is cut (the rest of it skipped, and the record it
 * belongs to marked); a record (one or more lines, when a quoted cell holds line breaks) longer than
 * {@link #MAX_RECORD} characters or {@link #MAX_RECORD_LINES} lines ends the text, which OpenCSV then reports as a quoted cell never
 * closed. It keeps the start of the current record's raw text, line ends included, for the tail of a
 * file cut off inside a quoted cell.
 *
 * <p>OpenCSV silently drops NUL (its "no escape character"), which would store {@code Nul<NUL>Care} as
 * {@code NulCare}. NUL is carried through the parser as {@link #NUL_STAND_IN} and put back by
 * {@link CsvRecords} once one has been seen, so the cell is seen as it arrived and rejected.
 *
 * <p>Only {@link #readLine()} is used by OpenCSV (with its reader verification off); the other reading
 * methods of {@link BufferedReader} are not supported.
 */
final class BoundedLines extends BufferedReader {

	/** The longest physical line read: a row of 100 columns of 500 characters is 50,000. */
	static final int MAX_LINE = 1_000_000;

	/**
	 * The longest record read before the rest of the text is given up as one unclosed quoted cell, in
	 * characters and in lines. A record may hold line breaks inside a quoted cell, but a text cell holds
	 * at most 500 characters; and OpenCSV joins a record's lines by copying what it has so far, so the
	 * cost of a record grows with the square of its lines.
	 */
	static final int MAX_RECORD = 1_000_000;

	static final int MAX_RECORD_LINES = 1_000;

	/** How much of a truncated record is kept for its reject. */
	static final int MAX_TAIL = 10_000;

	static final char NUL_STAND_IN = '\uE000';

	private final Reader in;

	private final char[] buffer = new char[64 * 1024];

	private int position;

	private int limit;

	private boolean eof;

	private final StringBuilder tail = new StringBuilder();

	private long recordChars;

	private int recordLines;

	private boolean recordTooLong;

	private long linesRead;

	private long cutLine;

	private boolean nul;

	BoundedLines(Reader in) {
		super(in, 1);
		this.in = in;
	}

	/** Up to {@code n} characters from the start, without reading them. */
	String peek(int n) throws IOException {
		while (limit - position < n && !eof) {
			fill();
		}
		return new String(buffer, position, Math.min(n, limit - position));
	}

	/** A new record starts with the next line. */
	void startRecord() {
		tail.setLength(0);
		recordChars = 0;
		recordLines = 0;
		cutLine = 0;
	}

	/** The current record's text so far (its first {@link #MAX_TAIL} characters). */
	String tail() {
		return tail.length() >= MAX_TAIL ? tail + "..." : tail.toString();
	}

	boolean recordTooLong() {
		return recordTooLong;
	}

	/** The physical line (1-based) of the current record that was cut, or 0. */
	long cutLine() {
		return cutLine;
	}

	boolean nulSeen() {
		return nul;
	}

	@Override
	public String readLine() throws IOException {
		if (recordChars > MAX_RECORD || recordLines >= MAX_RECORD_LINES) {
			recordTooLong = true;
			return null;
		}
		StringBuilder line = new StringBuilder();
		boolean any = false;
		boolean cut = false;
		while (true) {
			if (position == limit) {
				if (eof) {
					break;
				}
				fill();
				continue;
			}
			char c = buffer[position++];
			any = true;
			keep(c);
			if (c == '\n') {
				break;
			}
			if (c == '\r') {
				if (position == limit && !eof) {
					fill();
				}
				if (position < limit && buffer[position] == '\n') {
					keep(buffer[position++]);
				}
				break;
			}
			if (c == '\u0000') {
				nul = true;
				c = NUL_STAND_IN;
			}
			if (line.length() < MAX_LINE) {
				line.append(c);
			}
			else {
				cut = true;
			}
		}
		if (!any) {
			return null;
		}
		linesRead++;
		recordLines++;
		if (cut && cutLine == 0) {
			cutLine = linesRead;
		}
		recordChars += line.length();
		return line.toString();
	}

	private void keep(char c) {
		if (tail.length() < MAX_TAIL) {
			tail.append(c);
		}
	}

	private void fill() throws IOException {
		if (position > 0) {
			System.arraycopy(buffer, position, buffer, 0, limit - position);
			limit -= position;
			position = 0;
		}
		int n = in.read(buffer, limit, buffer.length - limit);
		if (n < 0) {
			eof = true;
		}
		else {
			limit += n;
		}
	}

	@Override
	public int read() {
		throw new UnsupportedOperationException("read lines");
	}

	@Override
	public int read(char[] cbuf, int off, int len) {
		throw new UnsupportedOperationException("read lines");
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
