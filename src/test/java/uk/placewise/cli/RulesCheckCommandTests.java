package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;
import uk.placewise.assess.RuleBase;

/** {@code placewise rules check}: what a council analyst sees, and the exit code a script sees. */
class RulesCheckCommandTests {

	static final Pattern VERSION = Pattern.compile("Ruleset version ([0-9a-f]{64}) ");

	@TempDir
	Path temp;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
		return new Main(print(out), print(err), clock).run(args);
	}

	static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	List<String> outLines() {
		return out().lines().toList();
	}

	String version() {
		Matcher m = VERSION.matcher(out());
		assertThat(m.find()).as("the output names the ruleset version:%n%s", out()).isTrue();
		return m.group(1);
	}

	@Test
	void theShippedRulesCompileAndEveryShippedScenarioPasses() {
		assertThat(run("rules", "check")).as(out() + err()).isZero();
		assertThat(version()).isEqualTo(RuleBase.compile(Path.of("rules")).version());
		assertThat(out()).containsPattern("placewise rules check: ok: 12 rule files compiled, all \\d+ scenarios passed; "
				+ "ruleset version " + version().substring(0, 12));
		assertThat(err()).isEmpty();
	}

	@Test
	void aCopyIsCheckedWithRulesDir() {
		RulesCopy copy = RulesCopy.of(temp);
		assertThat(run("rules", "check", "--rules", copy.path().toString())).isZero();
		assertThat(out()).contains("Running ", " scenarios in rules/tests/");
	}

	@Nested
	class ABrokenCopyFailsWithTheFileAndLine {

		@Test
		void aDrlSyntaxError() {
			RulesCopy copy = RulesCopy.of(temp).replaceLine("reg44.drl", 17, "whne");
			assertThat(run("rules", "check", "--rules", copy.path().toString())).isEqualTo(1);
			assertThat(outLines()).singleElement().asString().startsWith("rules/reg44.drl:17: ");
			assertThat(err()).startsWith("placewise rules check: failed: the rules in " + copy.path()
					+ " do not compile (1 problem above); no scenario was run");
		}

		@Test
		void aScenarioWhoseExpectationIsNoLongerMet() {
			RulesCopy copy = RulesCopy.of(temp).replace("ofsted.drl", "\"OFS-RI\", 25,", "\"OFS-RI\", 30,");
			assertThat(run("rules", "check", "--rules", copy.path().toString())).isEqualTo(1);
			assertThat(outLines()).contains(
					"rules/tests/ofs-ri.yml:11: expected score 25, got 30 (reasons: OFS-RI:30)",
					"rules/tests/ofs-ri.yml:14: expected reason OFS-RI:25, got OFS-RI:30 "
							+ "\"Latest full inspection 2026-09-10: Requires improvement to be good\"");
			assertThat(err()).matches("placewise rules check: failed: \\d+ of \\d+ scenarios failed \\(\\d+ problems above\\); "
					+ "ruleset version [0-9a-f]{12}, .*\\R");
		}

		@Test
		void aChangedPointsValueChangesTheVersionAndTheScoresWithoutABuild() {
			RulesCopy copy = RulesCopy.of(temp).replace("ofsted.drl", "\"OFS-RI\", 25,", "\"OFS-RI\", 30,")
				.replace("tests/ofs-ri.yml", "score: 25", "score: 30")
				.replace("tests/ofs-ri.yml", "reasons: [OFS-RI: 25]", "reasons: [OFS-RI: 30]");
			run("rules", "check", "--rules", copy.path().toString());
			assertThat(out()).doesNotContain("rules/tests/ofs-ri.yml");
			assertThat(version()).isNotEqualTo(RuleBase.compile(Path.of("rules")).version());
		}

		@Test
		void aDraftWithoutScenarios() {
			RulesCopy copy = RulesCopy.of(temp).withoutScenarios();
			assertThat(run("rules", "check", "--rules", copy.path().toString())).isEqualTo(1);
			assertThat(outLines()).contains("rules/tests/: " + uk.placewise.rulecheck.RulesCheck.NO_SCENARIOS);
			assertThat(err()).startsWith("placewise rules check: failed: no scenarios in " + copy.path().resolve("tests")
					+ ", so nothing checked what the rules decide; ruleset version ");
			assertThat(out()).doesNotContain("rules check: ok");
		}

		@Test
		void aForbiddenImport() {
			RulesCopy copy = RulesCopy.of(temp).replaceLine("qa.drl", 12, "import java.io.File;");
			assertThat(run("rules", "check", "--rules", copy.path().toString())).isEqualTo(1);
			assertThat(outLines()).containsExactly("rules/qa.drl:12: import java.io.File is not on the list of what "
					+ "rules may use (see \"What rules may use\" in rules/README.md)");
		}

		@Test
		void aForbiddenCall() {
			RulesCopy copy = RulesCopy.of(temp).replace("reg45.drl", "then\n",
					"then\n    Runtime.getRuntime().exec( \"curl example.org\" );\n");
			assertThat(run("rules", "check", "--rules", copy.path().toString())).isEqualTo(1);
			assertThat(outLines()).containsExactly("rules/reg45.drl:19: Runtime is not a class rules may use (see "
					+ "\"What rules may use\" in rules/README.md)");
		}

		@Test
		void aScenarioThatCannotBeRead() {
			RulesCopy copy = RulesCopy.of(temp).replace("tests/ofs-good.yml", "grade: Good", "grade: Pretty good");
			assertThat(run("rules", "check", "--rules", copy.path().toString())).isEqualTo(1);
			assertThat(outLines()).contains("rules/tests/ofs-good.yml:5: grade must be Outstanding, Good, Requires "
					+ "improvement or Inadequate, not 'Pretty good'");
			assertThat(err()).contains("failed: 1 of ");
		}

	}

	@Nested
	class UsageErrorsExitTwo {

		@Test
		void aRulesFolderThatDoesNotExist() {
			assertThat(run("rules", "check", "--rules", temp.resolve("nowhere").toString())).isEqualTo(2);
			assertThat(err()).contains("placewise: no rules folder at '" + temp.resolve("nowhere") + "'");
		}

		@Test
		void anArgumentItDoesNotTake() {
			assertThat(run("rules", "check", "rules")).isEqualTo(2);
			assertThat(err()).contains("'rules check' takes no arguments, only --rules DIR");
		}

		@Test
		void anOptionItDoesNotTake() {
			assertThat(run("rules", "check", "--inbox", "x")).isEqualTo(2);
			assertThat(err()).contains("unknown option --inbox for 'rules check'");
		}

	}

	@Nested
	class TheFolderItChecks {

		RulesCheckCommand command(Map<String, String> environment) {
			return new RulesCheckCommand(print(out), print(err), environment);
		}

		int check(Map<String, String> environment, String... args) {
			return command(environment).run(CommandLine.parse(args, Main.COMMANDS));
		}

		@Test
		void isTheNightlyRunsPlacewiseRulesProperty() {
			RulesCopy copy = RulesCopy.of(temp);
			assertThat(check(Map.of(), "rules", "check", "--placewise.rules=" + copy.path())).isZero();
			assertThat(out()).contains("files in " + copy.path() + ")");
		}

		@Test
		void isThePlacewiseRulesEnvironmentVariable() {
			RulesCopy copy = RulesCopy.of(temp);
			assertThat(check(Map.of("PLACEWISE_RULES", copy.path().toString()), "rules", "check")).isZero();
			assertThat(out()).contains("files in " + copy.path() + ")");
		}

		@Test
		void isRulesDirBeforeEitherOfThem() {
			RulesCopy copy = RulesCopy.of(temp);
			assertThat(check(Map.of("PLACEWISE_RULES", "elsewhere"), "rules", "check", "--rules",
					copy.path().toString(), "--placewise.rules=elsewhere")).isZero();
			assertThat(out()).contains("files in " + copy.path() + ")");
		}

		@Test
		void isRulesByDefault() {
			assertThat(check(Map.of(), "rules", "check")).isZero();
			assertThat(out()).contains("files in rules)");
		}

	}
}
