package uk.placewise.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

/**
 * BENCH-ONLY. The ingest floor: read every inbox file, decode it as UTF-8 and run OpenCSV's CSVReader
 * over it, counting records. Nothing is validated or stored.
 */
public final class RawParse {

	public record Result(int files, long records, long bytes, long nanos) {
	}

	private RawParse() {
	}

	public static Result parse(List<Path> files) throws IOException {
		long started = System.nanoTime();
		long records = 0;
		long bytes = 0;
		for (Path file : files) {
			byte[] content = Files.readAllBytes(file);
			bytes += content.length;
			try (CSVReader reader = new CSVReader(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
				while (reader.readNext() != null) {
					records++;
				}
			}
			catch (CsvException ex) {
				throw new IOException(file + ": " + ex.getMessage(), ex);
			}
		}
		return new Result(files.size(), records, bytes, System.nanoTime() - started);
	}
}
