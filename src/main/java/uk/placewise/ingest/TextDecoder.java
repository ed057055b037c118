package uk.placewise.ingest;

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
 */
final class TextDecoder {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** Each byte as Windows-1252 reads it (its five unassigned bytes as U+FFFD). */
	private static final char[] CP1252 = new String(allBytes(), WINDOWS_1252).toCharArray();

	private TextDecoder() {
	}

	record Decoded(String text, String charset) {
	}

	static Decoded decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
			return utf8OrWindows1252(bytes, 3, "UTF-8 (BOM)");
		}
		if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
				|| (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)) {
			return new Decoded(new String(bytes, StandardCharsets.UTF_16), "UTF-16 (BOM)");
		}
		return utf8OrWindows1252(bytes, 0, "UTF-8");
	}

	private static Decoded utf8OrWindows1252(byte[] bytes, int from, String utf8) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
		CharBuffer out = CharBuffer.allocate(bytes.length - from + 1);
		int foreign = 0;
		int nonAscii = 0;
		for (CoderResult result = decoder.decode(in, out, true); !result.isUnderflow(); result = decoder.decode(in, out,
				true)) {
			for (int i = 0; i < result.length(); i++) {
				out.put(CP1252[in.get() & 0xff]);
				foreign++;
			}
		}
		decoder.flush(out);
		out.flip();
		String text = out.toString();
		if (foreign == 0) {
			return new Decoded(text, utf8);
		}
		for (int i = 0; i < text.length(); i++) {
			nonAscii += text.charAt(i) >= 0x80 ? 1 : 0;
		}
		boolean anyUtf8 = nonAscii > foreign || from > 0;
		return new Decoded(text, anyUtf8 ? utf8 + " with " + foreign + " Windows-1252 byte" + (foreign == 1 ? "" : "s")
				: "Windows-1252");
	}

	private static byte[] allBytes() {
		byte[] all = new byte[256];
		for (int i = 0; i < all.length; i++) {
			all[i] = (byte) i;
		}
		return all;
	}
}
