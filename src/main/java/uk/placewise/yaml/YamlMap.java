package uk.placewise.yaml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping of a file a person edits (a scenario, a feed definition, dashboard targets), read
 * from SnakeYAML's node tree so that every value keeps its line. Refuses keys it does not know and keys
 * given twice, so a misspelt key is an error naming file and line and never silently a default.
 */
public final class YamlMap {

	private final String file;

	private final String what;

	private final int line;

	private final Map<String, NodeTuple> entries;

	private YamlMap(String file, String what, int line, Map<String, NodeTuple> entries) {
		this.file = file;
		this.what = what;
		this.line = line;
		this.entries = entries;
	}

	/** Reads {@code node} as a mapping of {@code what} (e.g. "a reg44 report") with only these keys. */
	public static YamlMap of(String file, Node node, String what, Set<String> known) {
		return read(file, node, what, known);
	}

	/**
	 * Reads {@code node} as a mapping whose keys are names the file chooses (measure ids, value aliases):
	 * any key, but each once.
	 */
	public static YamlMap ofAnyKeys(String file, Node node, String what) {
		return read(file, node, what, null);
	}

	private static YamlMap read(String file, Node node, String what, Set<String> known) {
		if (!(node instanceof MappingNode mapping)) {
			throw new YamlException(file, line(node), what + " must be written as key: value pairs");
		}
		Map<String, NodeTuple> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
			if (known != null && !known.contains(key)) {
				throw new YamlException(file, line(tuple.getKeyNode()), "unknown key '" + key + "' in " + what
						+ "; known keys: " + String.join(", ", new TreeSet<>(known)));
			}
			if (entries.put(key, tuple) != null) {
				throw new YamlException(file, line(tuple.getKeyNode()), key + " is given twice in " + what);
			}
		}
		return new YamlMap(file, what, line(node), entries);
	}

	public static int line(Node node) {
		return node == null ? 1 : node.getStartMark().getLine() + 1;
	}

	/** The keys given, in the file's order. */
	public Set<String> keys() {
		return java.util.Collections.unmodifiableSet(entries.keySet());
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

	/** The line of a key, or of the mapping when the key is absent. */
	public int line(String key) {
		NodeTuple tuple = entries.get(key);
		return tuple == null ? line : line(tuple.getKeyNode());
	}

	/** True when the key is given with a value (an empty value or ~ counts as not given). */
	public boolean has(String key) {
		NodeTuple tuple = entries.get(key);
		return tuple != null && !Tag.NULL.equals(tuple.getValueNode().getTag());
	}

	public boolean present(String key) {
		return entries.containsKey(key);
	}

	public Node node(String key) {
		NodeTuple tuple = entries.get(key);
		return tuple == null ? null : tuple.getValueNode();
	}

	public String text(String key, String otherwise) {
		if (!has(key)) {
			return otherwise;
		}
		if (!(node(key) instanceof ScalarNode scalar)) {
			throw error(key, key + " must be a single value");
		}
		return scalar.getValue().trim();
	}

	public String required(String key) {
		String value = text(key, null);
		if (value == null || value.isEmpty()) {
			throw new YamlException(file, line, what + " needs " + key);
		}
		return value;
	}

	public LocalDate date(String key, LocalDate otherwise) {
		String value = text(key, null);
		if (value == null) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw error(key, key + " must be a date like 2026-11-15, not '" + value + "'");
		}
	}

	public LocalDate requiredDate(String key) {
		LocalDate date = date(key, null);
		if (date == null) {
			throw new YamlException(file, line, what + " needs " + key + " (a date like 2026-11-15)");
		}
		return date;
	}

	public Integer integer(String key, Integer otherwise) {
		String value = text(key, null);
		if (value == null) {
			return otherwise;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw error(key, key + " must be a whole number, not '" + value + "'");
		}
	}

	public Double number(String key, Double otherwise) {
		String value = text(key, null);
		if (value == null) {
			return otherwise;
		}
		if (value.equalsIgnoreCase("unknown")) {
			return null;
		}
		try {
			return Double.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw error(key, key + " must be a number or 'unknown', not '" + value + "'");
		}
	}

	/** yes / no; or for an opinion that may be missing, "not stated" (null). */
	public Boolean yesNo(String key, Boolean otherwise, boolean mayBeNotStated) {
		String value = text(key, null);
		if (value == null) {
			return otherwise;
		}
		switch (value.toLowerCase(Locale.ROOT)) {
			case "yes", "y", "true":
				return true;
			case "no", "n", "false":
				return false;
			case "not stated":
				if (mayBeNotStated) {
					return null;
				}
				break;
			default:
				break;
		}
		throw error(key, key + " must be yes or no" + (mayBeNotStated ? " or not stated" : "") + ", not '" + value + "'");
	}

	/** true or false (yes / no too, as YAML 1.1 reads them); anything else is an error, never false. */
	public Boolean bool(String key, Boolean otherwise) {
		String value = text(key, null);
		if (value == null) {
			return otherwise;
		}
		switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes":
				return true;
			case "false", "no":
				return false;
			default:
				throw error(key, key + " must be true or false, not '" + value + "'");
		}
	}

	/** The items of a list, or none when the key is absent or empty. */
	public List<Node> list(String key) {
		if (!has(key)) {
			return List.of();
		}
		if (!(node(key) instanceof SequenceNode sequence)) {
			throw error(key, key + " must be a list (one '- ' line per item, or [a, b])");
		}
		return sequence.getValue();
	}

	public YamlException error(String key, String message) {
		return new YamlException(file, line(key), message);
	}
}
