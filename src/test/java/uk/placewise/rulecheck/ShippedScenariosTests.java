package uk.placewise.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;
import uk.placewise.rulecheck.Expectations.Mode;

/** The scenarios shipped in rules/tests: they pass, and together they cover the whole risk model. */
class ShippedScenariosTests {

	/** risk-model.md section 1. */
	static final List<String> FACTORS = List.of("OFS-INADEQUATE", "OFS-RI", "OFS-GOOD", "OFS-NONE", "OFS-STALE",
			"OFS-DECLINED", "OFS-ENFORCEMENT", "R44-MISSING", "R44-UNSAFE", "R44-WELLBEING", "R44-ACTIONS",
			"R45-OVERDUE", "MIS-RATE", "MIS-REPEAT", "MIS-RHI", "SDQ-COMPLEX", "SDQ-RISING", "HIS-CONCERNS",
			"HIS-INADEQUATE", "QA-OUTCOME", "QA-NEVER", "VIA-AMBER", "VIA-RED");

	/** risk-model.md section 4. */
	static final List<String> FLAGS = List.of("INADEQUATE_SETTING", "ENFORCEMENT", "UNDER16_UNREGULATED",
			"UNREGISTERED_SUPPORTED", "REG44_UNSAFE", "REPEAT_MISSING", "SDQ_CONCERN", "INSTABILITY",
			"DISTANT_UNVISITED", "CRITICAL_SETTING");

	/** risk-model.md sections 2 and 3: each band, each floor rule and each first-visit row. */
	static final List<String> BAND_RULES = List.of("BAND-LOW", "BAND-MEDIUM", "BAND-HIGH", "BAND-CRITICAL",
			"BAND-FLOOR-OFS-INADEQUATE", "BAND-FLOOR-OFS-ENFORCEMENT", "BAND-FLOOR-R44-UNSAFE");

	@TempDir
	Path temp;

	static List<Scenario> shipped() {
		return RulesCheck.scenarioFiles(Path.of("rules"))
			.stream()
			.map(p -> Scenario.read(p, p.toString()))
			.toList();
	}

	@Test
	void allPass() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RulesCheck.Result result = new RulesCheck(new PrintStream(out, true, StandardCharsets.UTF_8))
			.run(Path.of("rules"));
		assertThat(result.problems()).as(out.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(result.scenarios()).isGreaterThanOrEqualTo(FACTORS.size());
	}

	@Test
	void everyFactorIsExpectedToScoreInAtLeastOneScenario() {
		Set<String> awarded = new TreeSet<>();
		shipped().forEach(s -> s.expect()
			.reasons()
			.stream()
			.filter(c -> c.mode() != Mode.EXCLUDE)
			.flatMap(c -> c.items().stream())
			.forEach(r -> awarded.add(r.ruleId())));
		assertThat(awarded).containsAll(FACTORS);
	}

	@Test
	void everyFlagIsExpectedInAtLeastOneScenario() {
		Set<String> raised = new TreeSet<>();
		shipped().forEach(s -> s.expect()
			.flags()
			.stream()
			.filter(c -> c.mode() != Mode.EXCLUDE)
			.flatMap(c -> c.items().stream())
			.forEach(f -> raised.add(f.code())));
		assertThat(raised).containsAll(FLAGS);
	}

	@Test
	void everyBandAndFloorRuleAndEveryVisitFrequencyRowIsExpected() {
		List<Scenario> scenarios = shipped();
		assertThat(scenarios.stream().map(s -> s.expect().bandRule()).filter(Objects::nonNull).map(e -> e.value()))
			.containsAll(BAND_RULES);
		assertThat(scenarios.stream().map(s -> s.expect().visitEvery()).filter(Objects::nonNull).map(e -> e.value()))
			.contains(1, 3, 6, 12);
		assertThat(scenarios.stream().map(s -> s.expect().firstVisit()).filter(Objects::nonNull).map(e -> e.value().toString()))
			.contains("10 working days", "1 month", "3 months");
	}

	@Test
	void everyScenarioSaysWhatItIsAbout() {
		assertThat(shipped()).allSatisfy(s -> assertThat(s.description()).as(s.file()).isNotBlank());
	}

	@Test
	void scenariosArePartOfTheRulesetVersion() {
		RulesCopy copy = RulesCopy.of(temp);
		String before = uk.placewise.assess.RuleBase.compile(copy.path()).version();
		copy.replace("tests/ofs-ri.yml", "Medium).", "Medium, by default).");
		assertThat(uk.placewise.assess.RuleBase.compile(copy.path()).version()).isNotEqualTo(before);
	}

}
