package uk.placewise.rulecheck;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import uk.placewise.facts.FactSet;

/**
 * One scenario file of {@code rules/tests/}: a night's facts about one setting and what the rules
 * should make of them.
 *
 * @param file the name printed in messages, e.g. rules/tests/ofs-ri.yml
 * @param urn the setting the expectations are about
 */
record Scenario(String file, String description, String urn, FactSet facts, Expectations expect) {

	private static final Set<String> KEYS = Set.of("description", "as-of", "setting", "children", "placements",
			"inspections", "enforcement", "missing", "sdq", "reg44", "reg45", "qa-visits", "concerns", "viability",
			"expect");

	/** Reads a scenario file; a file that cannot be read as a scenario is a {@link ScenarioException}. */
	static Scenario read(Path path, String file) {
		String text;
		try {
			text = Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ScenarioException(file, 1, "cannot be read: " + ex.getMessage());
		}
		return parse(text, file);
	}

	static Scenario parse(String text, String file) {
		Node root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 1 : ex.getProblemMark().getLine() + 1;
			String hint = String.valueOf(ex.getProblem()).contains("mapping values are not allowed")
					? " (a value that contains ': ' must be put in quotes, or start with '>' and continue on the next lines)"
					: ex.getContext() == null ? "" : " (" + ex.getContext() + ")";
			throw new ScenarioException(file, line, "not valid YAML: " + ex.getProblem() + hint);
		}
		catch (RuntimeException ex) {
			throw new ScenarioException(file, 1, "not valid YAML: " + ex.getMessage());
		}
		if (root == null) {
			throw new ScenarioException(file, 1, "the file is empty");
		}
		YamlMap scenario = YamlMap.of(file, root, "a scenario", KEYS);
		LocalDate asOf = scenario.date("as-of", null);
		if (asOf == null) {
			throw new ScenarioException(file, scenario.line(), "the scenario needs as-of, the date of the night "
					+ "it replays (e.g. as-of: 2026-11-15)");
		}
		FactSet facts = new FactsReader(file, asOf).read(scenario);
		Expectations expect = new ExpectationsReader(file).read(scenario);
		return new Scenario(file, scenario.text("description", ""), facts.settings().get(0).urn(), facts, expect);
	}
}
