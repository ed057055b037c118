package uk.placewise.briefing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import uk.placewise.report.pdf.ReportsFolder;
import uk.placewise.yaml.YamlDocument;
import uk.placewise.yaml.YamlException;
import uk.placewise.yaml.YamlMap;

/**
 * The council's "what to look at" lines per reason code, {@code reports/briefing-prompts.yml}, read
 * strictly: an unknown key is an error with file and line, and so is a code that names no rule of the
 * rules folder, because a misspelt code would otherwise silently never print. A code without lines has
 * none.
 */
final class VisitPrompts {

	static final String FILE = "briefing-prompts.yml";

	private final Map<String, List<String>> lines;

	private VisitPrompts(Map<String, List<String>> lines) {
		this.lines = lines;
	}

	static VisitPrompts load(ReportsFolder reports, Set<String> ruleNames) throws IOException {
		String name = reports.describe(FILE);
		try (InputStream in = reports.open(FILE)) {
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, ruleNames);
		}
	}

	static VisitPrompts parse(String text, String file, Set<String> ruleNames) {
		YamlMap top = YamlMap.of(file, YamlDocument.parse(text, file), "the briefing prompts", Set.of("prompts"));
		Map<String, List<String>> found = new LinkedHashMap<>();
		if (!top.has("prompts")) {
			return new VisitPrompts(found);
		}
		YamlMap codes = YamlMap.ofAnyKeys(file, top.node("prompts"), "prompts");
		for (String code : codes.keys()) {
			if (!ruleNames.contains(code)) {
				throw new YamlException(file, codes.line(code), "'" + code + "' is no rule's code in the rules folder"
						+ " (a reason's code is its rule's name, as in provider-risk.csv)");
			}
			found.put(code, lines(file, codes, code));
		}
		return new VisitPrompts(found);
	}

	private static List<String> lines(String file, YamlMap codes, String code) {
		Node value = codes.node(code);
		List<Node> items = value instanceof SequenceNode list ? list.getValue() : List.of(value);
		List<String> lines = new ArrayList<>();
		for (Node item : items) {
			if (!(item instanceof ScalarNode scalar)) {
				throw new YamlException(file, YamlMap.line(item), code + ": each line must be a piece of text");
			}
			if (!scalar.getValue().isBlank()) {
				lines.add(scalar.getValue().strip());
			}
		}
		return lines;
	}

	/** The lines for a reason code; none when the file has none. */
	List<String> lines(String code) {
		return lines.getOrDefault(code, List.of());
	}
}
