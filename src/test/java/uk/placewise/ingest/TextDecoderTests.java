package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTests {

	@Test
	void readsUtf8() {
		assertThat(TextDecoder.decode("Zoë".getBytes(StandardCharsets.UTF_8))).isEqualTo(new TextDecoder.Decoded("Zoë", "UTF-8"));
	}

	@Test
	void dropsAUtf8ByteOrderMark() {
		assertThat(TextDecoder.decode(bytes("\uFEFFZoë", "UTF-8")).text()).isEqualTo("Zoë");
	}

	@Test
	void readsWhatExcelWritesAsWindows1252() {
		assertThat(TextDecoder.decode(bytes("Zoë – O’Neill", "windows-1252")))
			.isEqualTo(new TextDecoder.Decoded("Zoë – O’Neill", "Windows-1252"));
	}

	@Test
	void readsAMixtureOfUtf8AndWindows1252ByteByByte() {
		ByteArrayOutputStream mixed = new ByteArrayOutputStream();
		mixed.writeBytes(bytes("\uFEFFZoë,", "UTF-8"));
		mixed.writeBytes(bytes("café", "windows-1252"));
		assertThat(TextDecoder.decode(mixed.toByteArray()))
			.isEqualTo(new TextDecoder.Decoded("Zoë,café", "UTF-8 (BOM) with 1 Windows-1252 byte"));
	}

	@Test
	void readsUtf16WithAByteOrderMark() {
		assertThat(TextDecoder.decode(bytes("Zoë", "UTF-16")).text()).isEqualTo("Zoë");
	}

	@Test
	void readsNothingAsNothing() {
		assertThat(TextDecoder.decode(new byte[0]).text()).isEmpty();
	}

	private static byte[] bytes(String text, String charset) {
		return text.getBytes(java.nio.charset.Charset.forName(charset));
	}

	@Test
	void readsAUtf8CharacterSplitBetweenTwoBuffersOfAStream() {
		String text = "a".repeat(64 * 1024 - 1) + "ë" + "é".repeat(3);
		assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(new TextDecoder.Decoded(text, "UTF-8"));
	}

	@Test
	void readsAWindows1252ByteAtTheEndOfABufferAsWindows1252() {
		byte[] bytes = ("a".repeat(64 * 1024 - 1) + "é").getBytes(TextDecoder.WINDOWS_1252);
		assertThat(TextDecoder.decode(bytes).text()).endsWith("aé").hasSize(64 * 1024);
	}
}
