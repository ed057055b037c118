package uk.placewise.ingest;

import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import uk.placewise.yaml.YamlMap;

/**
 * Every key a feed definition ({@code jobs/feeds/*.yml}) may use, in one place, so that a misspelt key
 * ({@code requried: true}) is an error naming file and line instead of a silent default. A new feed or
 * column attribute is added here, and read in {@link FeedDefinitions}.
 */
final class FeedKeys {

	/** The keys of a feed definition file. */
	static final Set<String> FEED = Set.of("feed", "table", "key", "recognise", "columns", "recognise-any", "unless",
			"header-prefixes", "collection-year", "personal-headers", "dated-list", "order");

	/** The keys of one column of a feed. */
	static final Set<String> COLUMN = Set.of("name", "header", "aliases", "type", "required", "min", "max", "values",
			"aliases-for-values", "pattern", "upper", "column", "scoring", "personal", "not-after");

	private FeedKeys() {
	}

	/**
	 * Refuses a key not listed above, a key given twice, and a yes/no attribute that is neither.
	 * @throws uk.placewise.yaml.YamlException naming the file and the line of the mistake
	 */
	static void check(String file, Node root) {
		YamlMap feed = YamlMap.of(file, root, "a feed definition", FEED);
		for (Node node : feed.list("columns")) {
			YamlMap column = YamlMap.of(file, node, "column " + name(node), COLUMN);
			column.bool("required", false);
			column.bool("upper", false);
			if (column.has("aliases-for-values")) {
				YamlMap.ofAnyKeys(file, column.node("aliases-for-values"), "aliases-for-values of column " + name(node));
			}
		}
	}

	/** The column's name as written, for messages about it. */
	private static String name(Node column) {
		if (column instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("name")
						&& tuple.getValueNode() instanceof ScalarNode value) {
					return value.getValue();
				}
			}
		}
		return "without a name";
	}
}
