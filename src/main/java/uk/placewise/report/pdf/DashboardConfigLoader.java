package uk.placewise.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads {@code dashboard.yml}. Errors name the file and the measure, because the person who made
 * the mistake is a council officer editing a text file, not a developer.
 */
public final class DashboardConfigLoader {

	static final String FILE = "dashboard.yml";

	private DashboardConfigLoader() {
	}

	/** Loads {@code dashboard.yml} from the reports folder (or the copy in the jar). */
	public static DashboardConfig load(ReportsFolder reports) throws IOException {
		try (InputStream in = reports.open(FILE)) {
			return parse(in, reports.describe(FILE));
		}
	}

	static DashboardConfig parse(InputStream in, String source) {
		Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		if (!(root instanceof Map<?, ?> top) || !(top.get("measures") instanceof Map<?, ?> measures)) {
			throw new IllegalArgumentException(source + ": expected a 'measures:' section");
		}
		List<MeasureTarget> result = new ArrayList<>();
		measures.forEach((id, body) -> result.add(measure(source, String.valueOf(id), body)));
		return new DashboardConfig(result);
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
