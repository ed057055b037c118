package uk.placewise.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

/**
 * BENCH-ONLY. The ingest floors: read every inbox file, decode it as UTF-8 and run OpenCSV's CSVReader
 * over it, counting records ({@link #parse}); and the same with every record's cells hashed with SHA-1 as
 * the store hashes a row ({@link #parseAndHash}), the least a store that recognises unchanged rows must
 * do. Nothing is validated or stored.
 */
public final class RawParse {

	public record Result(int files, long records, long bytes, long nanos) {
	}

	private RawParse() {
	}

	public static Result parse(List<Path> files) throws IOException {
		return parse(files, false);
	}

	public static Result parseAndHash(List<Path> files) throws IOException {
		return parse(files, true);
	}

	private static Result parse(List<Path> files, boolean hashing) throws IOException {
		MessageDigest sha1 = sha1();
		long started = System.nanoTime();
		long records = 0;
		long bytes = 0;
		for (Path file : files) {
			byte[] content = Files.readAllBytes(file);
			bytes += content.length;
			try (CSVReader reader = new CSVReader(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
				for (String[] record = reader.readNext(); record != null; record = reader.readNext()) {
					records++;
					if (hashing) {
						hash(sha1, record);
					}
				}
			}
			catch (CsvException ex) {
				throw new IOException(file + ": " + ex.getMessage(), ex);
			}
		}
		long nanos = System.nanoTime() - started;
		return new Result(files.size(), records, bytes, nanos);
	}

	/** The row's cells joined by a unit separator, as text, hashed as FeedTableWriter hashes typed values. */
	private static void hash(MessageDigest sha1, String[] cells) {
		StringBuilder text = new StringBuilder();
		for (String cell : cells) {
			text.append(cell).append('\u001f');
		}
		HexFormat.of().formatHex(sha1.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private static MessageDigest sha1() {
		try {
			return MessageDigest.getInstance("SHA-1");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
