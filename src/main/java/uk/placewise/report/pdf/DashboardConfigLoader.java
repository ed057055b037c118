package uk.placewise.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import uk.placewise.yaml.YamlDocument;
import uk.placewise.yaml.YamlMap;

/**
 * Reads {@code dashboard.yml}. Errors name the file and the measure (an unknown key, the file and the
 * line), because the person who made the mistake is a council officer editing a text file, not a
 * developer.
 */
public final class DashboardConfigLoader {

	static final String FILE = "dashboard.yml";

	private static final Set<String> TOP_KEYS = Set.of("measures");

	/** Every key a measure may have: a new one is added here and read in {@link #measure}. */
	private static final Set<String> MEASURE_KEYS = Set.of("label", "unit", "direction", "target", "green", "amber", "national",
			"national-label");

	private DashboardConfigLoader() {
	}

	/** Loads {@code dashboard.yml} from the reports folder (or the copy in the jar). */
	public static DashboardConfig load(ReportsFolder reports) throws IOException {
		try (InputStream in = reports.open(FILE)) {
			return parse(in, reports.describe(FILE));
		}
	}

	static DashboardConfig parse(InputStream in, String source) {
		String text;
		try {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(source + ": cannot be read", ex);
		}
		checkKeys(source, YamlDocument.parse(text, source));
		Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
		if (!(root instanceof Map<?, ?> top) || !(top.get("measures") instanceof Map<?, ?> measures)) {
			throw new IllegalArgumentException(source + ": expected a 'measures:' section");
		}
		List<MeasureTarget> result = new ArrayList<>();
		measures.forEach((id, body) -> result.add(measure(source, String.valueOf(id), body)));
		return new DashboardConfig(result);
	}

	/** An unknown key ({@code ambre: 90}) or a key given twice is an error naming file and line. */
	private static void checkKeys(String source, Node root) {
		YamlMap top = YamlMap.of(source, root, "the dashboard settings", TOP_KEYS);
		if (!top.has("measures")) {
			return;
		}
		YamlMap measures = YamlMap.ofAnyKeys(source, top.node("measures"), "measures");
		for (String id : measures.keys()) {
			if (measures.node(id) instanceof MappingNode) {
				YamlMap.of(source, measures.node(id), "measure " + id, MEASURE_KEYS);
			}
		}
	}

	private static MeasureTarget measure(String source, String id, Object body) {
		String where = source + ", measure " + id;
		if (!(body instanceof Map<?, ?> fields)) {
			throw new IllegalArgumentException(where + ": expected label, unit, direction...");
		}
		try {
			return new MeasureTarget(id, text(fields, "label", id), MeasureUnit.parse(text(fields, "unit", "count")),
					direction(text(fields, "direction", "none")), number(fields, "target"),
					number(fields, "green"), number(fields, "amber"), number(fields, "national"),
					(fields.get("national-label") == null) ? null : String.valueOf(fields.get("national-label")));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
		}
	}

	private static MeasureTarget.Direction direction(String text) {
		return MeasureTarget.Direction.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
	}

	private static String text(Map<?, ?> fields, String key, String fallback) {
		Object value = fields.get(key);
		return (value == null) ? fallback : String.valueOf(value);
	}

	private static Double number(Map<?, ?> fields, String key) {
		Object value = fields.get(key);
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		throw new IllegalArgumentException(key + " must be a number, not '" + value + "'");
	}

}
