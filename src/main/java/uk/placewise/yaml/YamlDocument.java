package uk.placewise.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses a YAML file into SnakeYAML's node tree (every value keeps its line), with SnakeYAML's safe
 * constructor only (no Java types from the file). A syntax error names file and line, with a hint for
 * the mistake people make most: a value containing {@code ': '} left unquoted.
 */
public final class YamlDocument {

	private YamlDocument() {
	}

	/** Reads and parses a file; {@code file} is the name messages print (e.g. jobs/feeds/reg44.yml). */
	public static Node read(Path path, String file) {
		String text;
		try {
			text = Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new YamlException(file, 1, "cannot be read: " + ex.getMessage());
		}
		return parse(text, file);
	}

	/** The root node of the text; an empty file is an error. */
	public static Node parse(String text, String file) {
		Node root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 1 : ex.getProblemMark().getLine() + 1;
			String hint = String.valueOf(ex.getProblem()).contains("mapping values are not allowed")
					? " (a value that contains ': ' must be put in quotes, or start with '>' and continue on the next lines)"
					: ex.getContext() == null ? "" : " (" + ex.getContext() + ")";
			throw new YamlException(file, line, "not valid YAML: " + ex.getProblem() + hint);
		}
		catch (RuntimeException ex) {
			throw new YamlException(file, 1, "not valid YAML: " + ex.getMessage());
		}
		if (root == null) {
			throw new YamlException(file, 1, "the file is empty");
		}
		return root;
	}
}
