package uk.placewise.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;

/** How a scenario's expectations are compared with what the rules made of its facts. */
class RulesCheckTests {

	static final String QUIET_AGENCY = """
			description: a test
			as-of: 2026-11-15
			setting: {urn: SC1, type: fostering agency}
			inspections:
			  - {date: 2026-05-20, grade: Outstanding}
			children:
			  - {id: C1, miles: 30}
			expect:
			""";

	@TempDir
	Path temp;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	RulesCheck.Result check(RulesCopy copy) {
		return new RulesCheck(new PrintStream(out, true, StandardCharsets.UTF_8)).run(copy.path());
	}

	RulesCheck.Result checkOnly(String expectations) {
		RulesCopy copy = RulesCopy.of(temp);
		RulesCheck.scenarioFiles(copy.path()).forEach(p -> copy.delete(copy.path().relativize(p).toString()));
		return check(copy.write("tests/x.yml", QUIET_AGENCY + expectations));
	}

	@Test
	void aFolderWithoutScenariosFails() {
		RulesCheck.Result result = check(RulesCopy.of(temp).withoutScenarios());
		assertThat(result.compiled()).isTrue();
		assertThat(result.passed()).isFalse();
		assertThat(result.ruleFiles()).contains("ofsted.drl", "visit-frequency.xlsx");
		assertThat(result.problems()).containsExactly("rules/tests/: " + RulesCheck.NO_SCENARIOS);
	}

	@Test
	void aScenarioWhoseEveryExpectationIsMetPasses() {
		RulesCheck.Result result = checkOnly("""
				  score: 10
				  band: Low
				  visit-every: 12
				  first-visit: 3 months
				  reasons: [QA-NEVER: 10]
				  flags: [C1 DISTANT_UNVISITED review]
				""");
		assertThat(result.problems()).isEmpty();
		assertThat(result.scenarios()).isEqualTo(1);
	}

	@Test
	void theShippedRulesCompileWithoutAnEngineWarning() {
		RulesCheck.Result result = checkOnly("  score: 10\n");
		assertThat(result.warnings()).isEmpty();
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("warning:");
	}

	@Nested
	class FailuresSayWhichExpectationAndWhatCameInstead {

		@Test
		void aReasonNotExpectedIsReportedAtTheReasonsLine() {
			assertThat(checkOnly("  reasons: []\n").problems()).containsExactly("rules/tests/x.yml:9: reason QA-NEVER:10 "
					+ "\"1 child placed (the first since 2026-05-15) and no QA visit on record\" was awarded but is not expected");
		}

		@Test
		void aReasonExpectedButNotAwarded() {
			assertThat(checkOnly("  reasons-include:\n    - OFS-GOOD\n").problems()).containsExactly(
					"rules/tests/x.yml:10: expected reason OFS-GOOD, not awarded (reasons: QA-NEVER:10)");
		}

		@Test
		void aReasonThatShouldNotBeThere() {
			assertThat(checkOnly("  reasons-exclude: [QA-NEVER]\n").problems()).containsExactly("rules/tests/x.yml:9: "
					+ "expected no reason QA-NEVER, got QA-NEVER:10 \"1 child placed (the first since 2026-05-15) and "
					+ "no QA visit on record\"");
		}

		@Test
		void aReasonNamingNoRuleOfTheFolderChecksNothingSoFails() {
			assertThat(checkOnly("  reasons-exclude: [NO-SUCH-RULE]\n").problems()).containsExactly("rules/tests/x.yml:9: "
					+ "no rule in the folder is named \"NO-SUCH-RULE\", so this expectation checks nothing (a misspelt id, "
					+ "or a rule renamed or removed?)");
		}

		@Test
		void aFlagNotRaisedAndOneNotExpected() {
			assertThat(checkOnly("  flags:\n    - C1 INSTABILITY\n").problems()).containsExactly(
					"rules/tests/x.yml:10: expected flag C1 INSTABILITY, not raised (flags: C1 DISTANT_UNVISITED)",
					"rules/tests/x.yml:9: flag C1 DISTANT_UNVISITED (review) \"Child C1: placed 30 miles from home, no QA "
							+ "visit to the setting in the 12 months to 2026-11-15\" was raised but is not expected");
		}

		@Test
		void aChildTheDashboardCountsOtherwise() {
			// C1 is 30 miles away: counted in K3, and not in K8 (one placement)
			assertThat(checkOnly("  not-counted: [C1 K3]\n  counted: [C1 K8]\n  not-measured: [C1 K2]\n").problems())
				.containsExactly("rules/tests/x.yml:10: expected C1 K8 counted, got not counted",
						"rules/tests/x.yml:9: expected C1 K3 not counted, got counted",
						"rules/tests/x.yml:11: expected C1 K2 not measured, got not counted");
		}

		@Test
		void aFlagOfAnotherSeverity() {
			assertThat(checkOnly("  flags-include: [C1 DISTANT_UNVISITED urgent]\n").problems()).singleElement()
				.asString()
				.startsWith("rules/tests/x.yml:9: expected flag C1 DISTANT_UNVISITED (urgent), got C1 DISTANT_UNVISITED (review)");
		}

		@Test
		void theBandAndTheVisitFrequency() {
			assertThat(checkOnly("  band: High\n  visit-every: 3\n  first-visit: 1 month\n").problems()).containsExactly(
					"rules/tests/x.yml:9: expected band High, got Low (BAND-LOW, score 10)",
					"rules/tests/x.yml:10: expected visit-every 3 months, got 12 months (band Low)",
					"rules/tests/x.yml:11: expected first-visit 1 month, got 3 months (band Low)");
		}

		@Test
		void aRuleThatFailsWhileRunning() {
			RulesCopy copy = RulesCopy.of(temp).replace("qa.drl", "    int points = ",
					"    int none = 0;\n    int boom = 1 / none;\n    int points = ");
			RulesCheck.Result result = check(copy);
			assertThat(result.problems()).anySatisfy(p -> assertThat(p)
				.startsWith("rules/tests/qa-outcome.yml:1: the rules failed on this scenario: ")
				.contains("QA-OUTCOME", "/ by zero"));
		}

	}

	@Test
	void theExampleInTheReadmePasses() throws Exception {
		String readme = java.nio.file.Files.readString(Path.of("rules", "README.md"));
		int start = readme.indexOf("```yaml\n", readme.indexOf("## How to write a scenario")) + "```yaml\n".length();
		String example = readme.substring(start, readme.indexOf("```", start));
		RulesCopy copy = RulesCopy.of(temp);
		RulesCheck.scenarioFiles(copy.path()).forEach(p -> copy.delete(copy.path().relativize(p).toString()));
		RulesCheck.Result result = check(copy.write("tests/example.yml", example));
		assertThat(result.problems()).isEmpty();
		assertThat(result.scenarios()).isEqualTo(1);
	}
}
