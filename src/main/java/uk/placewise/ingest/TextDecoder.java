package uk.placewise.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-8 when the file starts with a BOM or decodes strictly as UTF-8, otherwise
 * Windows-1252, which is what Excel writes for "CSV (Comma delimited)".
 */
final class TextDecoder {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextDecoder() {
	}

	record Decoded(String text, String charset) {
	}

	static Decoded decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
			return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
		}
		if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
				|| (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)) {
			return new Decoded(new String(bytes, StandardCharsets.UTF_16), "UTF-16 (BOM)");
		}
		try {
			CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return new Decoded(chars.toString(), "UTF-8");
		}
		catch (CharacterCodingException ex) {
			return new Decoded(new String(bytes, WINDOWS_1252), "Windows-1252");
		}
	}
}
