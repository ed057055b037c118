package uk.placewise.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import uk.placewise.yaml.YamlDocument;
import uk.placewise.yaml.YamlException;

/**
 * Reads the feed definitions from {@code <jobs>/feeds/*.yml} at run time, so that a renamed column is
 * a configuration change. A mistake in a file fails the run with the file named; an unknown key (see
 * {@link FeedKeys}) fails it with the file and the line.
 */
final class FeedDefinitions {

	private FeedDefinitions() {
	}

	static List<FeedDefinition> load(Path jobs) throws IOException {
		Path dir = jobs.resolve("feeds");
		if (!Files.isDirectory(dir)) {
			throw new IOException("no feed definitions: " + dir.toAbsolutePath() + " is not a folder (set placewise.jobs)");
		}
		List<FeedDefinition> feeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
				feeds.add(read(file));
			}
		}
		if (feeds.isEmpty()) {
			throw new IOException("no feed definitions (*.yml) in " + dir.toAbsolutePath());
		}
		return List.copyOf(feeds);
	}

	static FeedDefinition read(Path file) throws IOException {
		try {
			byte[] bytes = Files.readAllBytes(file);
			String text = new String(bytes, StandardCharsets.UTF_8);
			FeedKeys.check(file.toString(), YamlDocument.parse(text, file.toString()));
			Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
			return definition(yaml, file.getFileName().toString(), InboxFile.sha256(bytes));
		}
		catch (YamlException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			throw new IOException(file + ": " + ex.getMessage(), ex);
		}
	}

	private static FeedDefinition definition(Map<String, Object> yaml, String file, String fingerprint) {
		List<ColumnDefinition> columns = new ArrayList<>();
		for (Object c : list(yaml.get("columns"))) {
			columns.add(column(map(c)));
		}
		List<String> key = strings(yaml.get("key"));
		List<String> recognise = yaml.containsKey("recognise") ? strings(yaml.get("recognise"))
				: columns.stream().filter(ColumnDefinition::required).map(ColumnDefinition::name).toList();
		FeedDefinition.YearRule year = null;
		if (yaml.get("collection-year") != null) {
			Map<String, Object> rule = map(yaml.get("collection-year"));
			year = new FeedDefinition.YearRule(text(rule, "column"),
					rule.get("unless") == null ? null : String.valueOf(rule.get("unless")).trim());
		}
		FeedDefinition feed = new FeedDefinition(text(yaml, "feed"), text(yaml, "table"), key, recognise, columns, file,
				Recognition.of(yaml), year, strings(yaml.get("personal-headers")), fingerprint,
				yaml.containsKey("dated-list") ? strings(yaml.get("dated-list")) : null, DateChecks.of(yaml));
		if (key.isEmpty() || recognise.isEmpty()) {
			throw new IllegalArgumentException("key and recognise must name at least one column");
		}
		key.forEach(feed::column);
		recognise.forEach(feed::column);
		feed.recognition().anyOf().forEach(feed::column);
		feed.dates().check(feed);
		if (feed.datedList() != null) {
			feed.datedList().forEach(feed::column);
		}
		if (year != null) {
			feed.column(year.column());
			if (year.unless() != null) {
				feed.column(year.unless());
			}
		}
		return feed;
	}

	private static ColumnDefinition column(Map<String, Object> c) {
		String name = text(c, "name");
		ColumnType type = ColumnType.of(String.valueOf(c.getOrDefault("type", "text")));
		List<String> values = strings(c.get("values"));
		if (type == ColumnType.CODE && values.isEmpty()) {
			throw new IllegalArgumentException("column " + name + ": a code column needs values");
		}
		Map<String, String> valueAliases = new LinkedHashMap<>();
		map(c.getOrDefault("aliases-for-values", Map.of())).forEach((k, v) -> valueAliases.put(k, String.valueOf(v)));
		Object pattern = c.get("pattern");
		return new ColumnDefinition(name, String.valueOf(c.getOrDefault("header", name)), strings(c.get("aliases")),
				type, Boolean.TRUE.equals(c.get("required")), number(c.get("min")), number(c.get("max")), values,
				valueAliases, pattern == null ? null : Pattern.compile(String.valueOf(pattern)),
				Boolean.TRUE.equals(c.get("upper")), columnRequired(name, c.get("column")), scoring(c.get("scoring")),
				Boolean.TRUE.equals(c.get("personal")));
	}

	/** {@code column: required} (the header must have it) or {@code column: optional} (the default). */
	private static boolean columnRequired(String name, Object v) {
		if (v == null || "optional".equals(String.valueOf(v).trim())) {
			return false;
		}
		if ("required".equals(String.valueOf(v).trim())) {
			return true;
		}
		throw new IllegalArgumentException("column " + name + ": 'column' is required or optional, not '" + v + "'");
	}

	/**
	 * {@code scoring: what the rules lose without it} (a sentence for the warning), or {@code scoring: true}
	 * when there is nothing more to say than that scoring uses it.
	 */
	private static String scoring(Object v) {
		if (v == null || Boolean.FALSE.equals(v)) {
			return null;
		}
		if (Boolean.TRUE.equals(v)) {
			return "the rules that use it will see no value";
		}
		String text = String.valueOf(v).strip();
		return text.isEmpty() ? null : text;
	}

	private static String text(Map<String, Object> m, String key) {
		Object v = m.get(key);
		if (v == null || String.valueOf(v).isBlank()) {
			throw new IllegalArgumentException("'" + key + "' is missing");
		}
		return String.valueOf(v).trim();
	}

	private static BigDecimal number(Object v) {
		return v == null ? null : new BigDecimal(String.valueOf(v));
	}

	private static List<String> strings(Object v) {
		return v == null ? List.of() : list(v).stream().map(String::valueOf).toList();
	}

	private static List<?> list(Object v) {
		if (v instanceof List<?> l) {
			return l;
		}
		throw new IllegalArgumentException("expected a list, found " + v);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object v) {
		if (v instanceof Map<?, ?> m) {
			return (Map<String, Object>) m;
		}
		throw new IllegalArgumentException("expected a map, found " + v);
	}
}
