package uk.placewise.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * BENCH-ONLY. The bench's results: one row per measure with its target and whether it was met, plus
 * details (step timings, heap by phase, the machine), printed as a table and written as JSON.
 */
public final class BenchReport {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/**
	 * One measure. {@code met} is null for a figure reported without a target.
	 */
	public record Measure(String id, String what, String value, String target, Boolean met, String note) {
	}

	private final List<Measure> measures = new ArrayList<>();

	private final Map<String, Object> details = new LinkedHashMap<>();

	public void add(String id, String what, String value, String target, Boolean met, String note) {
		measures.add(new Measure(id, what, value, target, met, note));
	}

	public void detail(String key, Object value) {
		details.put(key, value);
	}

	public List<Measure> measures() {
		return measures;
	}

	public long missed() {
		return measures.stream().filter(m -> Boolean.FALSE.equals(m.met())).count();
	}

	public long targets() {
		return measures.stream().filter(m -> m.met() != null).count();
	}

	public void print(PrintStream out) {
		int what = Math.max(7, measures.stream().mapToInt(m -> m.what().length()).max().orElse(0));
		int value = Math.max(5, measures.stream().mapToInt(m -> m.value().length()).max().orElse(0));
		int target = Math.max(6, measures.stream().mapToInt(m -> m.target().length()).max().orElse(0));
		String format = "| %-" + what + "s | %" + value + "s | %-" + target + "s | %-4s | %s%n";
		out.printf(Locale.ROOT, format, "measure", "value", "target", "met", "note");
		out.printf(Locale.ROOT, format, "-".repeat(what), "-".repeat(value), "-".repeat(target), "----", "----");
		for (Measure m : measures) {
			out.printf(Locale.ROOT, format, m.what(), m.value(), m.target(),
					m.met() == null ? "" : m.met() ? "yes" : "NO", m.note());
		}
	}

	public void write(Path file) throws IOException {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("measures", measures);
		json.putAll(details);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, JSON.writeValueAsString(json));
	}

	public static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
	}

	public static String millis(long nanos) {
		return String.format(Locale.ROOT, "%d ms", nanos / 1_000_000);
	}

	public static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
	}

	public static String ratio(double ratio) {
		return String.format(Locale.ROOT, "%.2fx", ratio);
	}
}
