package uk.placewise.rulecheck;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;

import uk.placewise.facts.FactSet;
import uk.placewise.yaml.YamlDocument;
import uk.placewise.yaml.YamlException;
import uk.placewise.yaml.YamlMap;

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

	/** Reads a scenario file; a file that cannot be read as a scenario is a {@link YamlException}. */
	static Scenario read(Path path, String file) {
		return parse(YamlDocument.read(path, file), file);
	}

	static Scenario parse(String text, String file) {
		return parse(YamlDocument.parse(text, file), file);
	}

	private static Scenario parse(Node root, String file) {
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
