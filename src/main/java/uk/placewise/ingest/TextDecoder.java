package uk.placewise.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-8 where the bytes are UTF-8 (with or without a BOM), and Windows-1252, which is
 * what Excel writes for "CSV (Comma delimited)", for every byte that is not. A pure Windows-1252 file
 * is therefore read as Windows-1252, and a mixture (a UTF-8 export with a line typed in by another
 * program) keeps both its {@code ë} and its {@code é} instead of garbling one of them.
 *
 * <p>Streaming: {@link #reader} decodes a buffer at a time, so a file of any size is read in constant
 * memory; a UTF-8 sequence split between two buffers is completed before it is judged.
 */
final class TextDecoder {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** Each byte as Windows-1252 reads it (its five unassigned bytes as U+FFFD). */
	private static final char[] CP1252 = new String(allBytes(), WINDOWS_1252).toCharArray();

	private static final int BUFFER = 64 * 1024;

	private TextDecoder() {
	}

	record Decoded(String text, String charset) {
	}

	/** Decodes a whole (small) byte array: the same as reading {@link #reader} to the end. */
	static Decoded decode(byte[] bytes) {
		try (Text text = reader(new ByteArrayInputStream(bytes))) {
			StringBuilder all = new StringBuilder(bytes.length);
			char[] buffer = new char[BUFFER];
			for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
				all.append(buffer, 0, n);
			}
			return new Decoded(all.toString(), text.charset());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A reader of {@code in}'s text, which can say which encoding it found in what it has read so far. */
	static Text reader(InputStream in) throws IOException {
		byte[] start = in.readNBytes(3);
		if (start.length == 3 && (start[0] & 0xff) == 0xef && (start[1] & 0xff) == 0xbb && (start[2] & 0xff) == 0xbf) {
			return new Mixed(in, new byte[0], "UTF-8 (BOM)", true);
		}
		if (start.length >= 2 && ((start[0] & 0xff) == 0xff && (start[1] & 0xff) == 0xfe
				|| (start[0] & 0xff) == 0xfe && (start[1] & 0xff) == 0xff)) {
			PushbackInputStream whole = new PushbackInputStream(in, start.length);
			whole.unread(start);
			return new Utf16(new InputStreamReader(whole, StandardCharsets.UTF_16));
		}
		return new Mixed(in, start, "UTF-8", false);
	}

	/** Decoded text, read as a {@link Reader}. */
	abstract static class Text extends Reader {

		/** The encoding of what has been read so far, in words (for the run summary). */
		abstract String charset();
	}

	private static final class Utf16 extends Text {

		private final Reader in;

		Utf16(Reader in) {
			this.in = in;
		}

		@Override
		public int read(char[] cbuf, int off, int len) throws IOException {
			return in.read(cbuf, off, len);
		}

		@Override
		String charset() {
			return "UTF-16 (BOM)";
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}

	/** UTF-8 where valid, each other byte as Windows-1252. */
	private static final class Mixed extends Text {

		private final InputStream in;

		private final String utf8;

		private final boolean bom;

		private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);

		private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);

		private final CharBuffer chars = CharBuffer.allocate(BUFFER + 1);

		private boolean eof;

		private boolean flushed;

		private long foreign;

		private long nonAscii;

		Mixed(InputStream in, byte[] start, String utf8, boolean bom) {
			this.in = in;
			this.utf8 = utf8;
			this.bom = bom;
			bytes.put(start);
			bytes.flip();
			chars.flip();
		}

		@Override
		public int read(char[] cbuf, int off, int len) throws IOException {
			while (!chars.hasRemaining()) {
				if (flushed) {
					return -1;
				}
				fill();
			}
			int n = Math.min(len, chars.remaining());
			chars.get(cbuf, off, n);
			return n;
		}

		/** Decodes the next buffer of bytes into {@code chars} (which is empty). */
		private void fill() throws IOException {
			if (!eof) {
				bytes.compact();
				int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (n < 0) {
					eof = true;
				}
				else {
					bytes.position(bytes.position() + n);
				}
				bytes.flip();
			}
			chars.clear();
			for (CoderResult result = decoder.decode(bytes, chars, eof); !result.isUnderflow()
					&& !result.isOverflow(); result = decoder.decode(bytes, chars, eof)) {
				for (int i = 0; i < result.length(); i++) {
					chars.put(CP1252[bytes.get() & 0xff]);
					foreign++;
				}
			}
			if (eof && !bytes.hasRemaining()) {
				decoder.flush(chars);
				flushed = true;
			}
			chars.flip();
			for (int i = chars.position(); i < chars.limit(); i++) {
				nonAscii += chars.get(i) >= 0x80 ? 1 : 0;
			}
		}

		@Override
		String charset() {
			if (foreign == 0) {
				return utf8;
			}
			boolean anyUtf8 = nonAscii > foreign || bom;
			return anyUtf8 ? utf8 + " with " + foreign + " Windows-1252 byte" + (foreign == 1 ? "" : "s") : "Windows-1252";
		}

		@Override
		public void close() throws IOException {
			in.close();
		}
	}

	private static byte[] allBytes() {
		byte[] all = new byte[256];
		for (int i = 0; i < all.length; i++) {
			all[i] = (byte) i;
		}
		return all;
	}
}
