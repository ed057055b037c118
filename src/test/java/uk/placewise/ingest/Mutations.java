package uk.placewise.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random damage to a file, of the kinds real exports and careless hands do: bytes deleted, inserted,
 * duplicated or flipped, cells swapped, lines cut, and the values Excel puts in cells. One seed, one
 * file: a failure reproduces from the seed alone.
 */
final class Mutations {

	/** Cell values that have broken readers before: Excel errors, formulas, US dates, odd numbers. */
	static final List<String> NASTY = List.of("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "=SUM(A1:A9)",
			"=HYPERLINK(\"http://x\")", "+1", "-1", "@cmd", "\t", "05/13/2026", "31/02/2026", "2026-05-01 00:00:00",
			"01/05/2026 00:00", "3.0", "1e400", "-0", "99999999999999999999", "0.0000001", "Y", "n", "TRUE", "Not stated",
			"\"", "\"\"", "sep=,", "\u0000", "\uFEFF", "é", "\u2019", "x".repeat(600), "1".repeat(30), "SC\u00a0900001",
			"12345678.9", "100000000", "1/1/1899", "29/02/2027", "0/0/2026", "", " ");

	private static final byte[] SPECIAL = { ',', '"', '\r', '\n', 0, ';', '\t', (byte) 0xef, (byte) 0xbb,
			(byte) 0xbf, (byte) 0xff, (byte) 0xfe, (byte) 0x80, (byte) 0xc3, '=', '#', '/' };

	private Mutations() {
	}

	static byte[] randomBytes(SplittableRandom random) {
		byte[] bytes = new byte[random.nextInt(0, 600)];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = random.nextInt(3) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : (byte) random.nextInt(256);
		}
		return bytes;
	}

	/** One to eight edits of a valid file. */
	static byte[] mutate(byte[] valid, SplittableRandom random) {
		byte[] bytes = valid;
		int edits = random.nextInt(1, 9);
		for (int e = 0; e < edits; e++) {
			bytes = edit(bytes, random);
		}
		return bytes;
	}

	private static byte[] edit(byte[] b, SplittableRandom random) {
		int at = b.length == 0 ? 0 : random.nextInt(b.length);
		int len = b.length - at == 0 ? 0 : random.nextInt(Math.min(40, b.length - at) + 1);
		return switch (random.nextInt(10)) {
			case 9 -> splice(b, 0, 0, ("sep=" + (char) (SPECIAL[random.nextInt(SPECIAL.length)] & 0xff) + "\r\n")
				.getBytes(StandardCharsets.ISO_8859_1)); // Excel's separator line, with any character
			case 0 -> splice(b, at, len, new byte[0]); // delete
			case 1 -> splice(b, at, 0, new byte[] { SPECIAL[random.nextInt(SPECIAL.length)] }); // insert
			case 2 -> splice(b, at, 0, Arrays.copyOfRange(b, at, at + len)); // duplicate
			case 3 -> flip(b, at, random);
			case 4 -> Arrays.copyOf(b, at); // cut off
			case 5 -> text(swapCells(lines(b), random));
			case 6 -> text(replaceCell(lines(b), random, NASTY.get(random.nextInt(NASTY.size()))));
			case 7 -> text(cutLine(lines(b), random));
			default -> splice(b, at, 0, (random.nextBoolean() ? "\r" : "\r\n").getBytes(StandardCharsets.UTF_8));
		};
	}

	private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
		out.write(b, 0, at);
		out.write(insert, 0, insert.length);
		out.write(b, at + remove, b.length - at - remove);
		return out.toByteArray();
	}

	private static byte[] flip(byte[] b, int at, SplittableRandom random) {
		if (b.length == 0) {
			return b;
		}
		byte[] copy = b.clone();
		copy[at] ^= (byte) (1 << random.nextInt(8));
		return copy;
	}

	private static String[] lines(byte[] b) {
		return new String(b, StandardCharsets.ISO_8859_1).split("\n", -1);
	}

	private static byte[] text(String[] lines) {
		return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String[] swapCells(String[] lines, SplittableRandom random) {
		int l = random.nextInt(lines.length);
		String[] cells = lines[l].split(",", -1);
		if (cells.length > 1) {
			int i = random.nextInt(cells.length);
			int j = random.nextInt(cells.length);
			String t = cells[i];
			cells[i] = cells[j];
			cells[j] = t;
			lines[l] = String.join(",", cells);
		}
		return lines;
	}

	private static String[] replaceCell(String[] lines, SplittableRandom random, String value) {
		int l = lines.length > 1 ? random.nextInt(1, lines.length) : 0;
		String[] cells = lines[l].split(",", -1);
		String latin = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
		cells[random.nextInt(cells.length)] = random.nextBoolean() ? latin : "\"" + latin.replace("\"", "\"\"") + "\"";
		lines[l] = String.join(",", cells);
		return lines;
	}

	private static String[] cutLine(String[] lines, SplittableRandom random) {
		if (lines.length < 2) {
			return lines;
		}
		int l = random.nextInt(lines.length);
		String[] out = new String[lines.length - 1];
		System.arraycopy(lines, 0, out, 0, l);
		System.arraycopy(lines, l + 1, out, l, lines.length - l - 1);
		return out;
	}
}
