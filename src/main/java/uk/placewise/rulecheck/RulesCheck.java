package uk.placewise.rulecheck;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import uk.placewise.assess.Assessment;
import uk.placewise.assess.Assessor;
import uk.placewise.assess.RuleBase;
import uk.placewise.assess.RuleBudget;
import uk.placewise.assess.RulesBudgetException;
import uk.placewise.assess.RulesCompileException;
import uk.placewise.yaml.YamlException;

/**
 * Checks a council's rules folder without the database or Spring: compiles every DRL file and
 * decision table (refusing anything outside the sandbox), then runs every scenario in its
 * {@code tests/} folder. Prints each problem as {@code rules/<file>:<line>: <message>} as it is found. A
 * folder with no scenario fails: compiling proves nothing about what the rules decide.
 */
public final class RulesCheck {

	/** Where a council writes its scenarios, inside the rules folder. */
	public static final String TESTS = "tests";

	/** Why a folder without scenarios fails the check. */
	public static final String NO_SCENARIOS = "no scenarios, so nothing checks what these rules decide (the shipped "
			+ "rules have one for every factor, flag and band: keep them, see \"How to write a scenario\" in rules/README.md)";

	private final PrintStream out;

	private final RuleBudget budget;

	public RulesCheck(PrintStream out) {
		this(out, RuleBudget.SCENARIO);
	}

	/** A check whose scenarios each run within {@code budget}. */
	public RulesCheck(PrintStream out, RuleBudget budget) {
		this.out = out;
		this.budget = budget;
	}

	/**
	 * The outcome of a check.
	 *
	 * @param version the ruleset version, or empty when the rules did not compile
	 * @param ruleFiles the DRL files and decision tables compiled
	 * @param scenarios the scenario files found (run only when the rules compiled)
	 * @param scenariosFailed scenarios with at least one problem
	 * @param problems every problem, each starting with its file and line
	 * @param warnings what the engine warned about compiling the rules (they still run), file and line first
	 */
	public record Result(String version, List<String> ruleFiles, int scenarios, int scenariosFailed,
			List<String> problems, List<String> warnings) {

		public boolean passed() {
			return problems.isEmpty();
		}

		public boolean compiled() {
			return !version.isEmpty();
		}
	}

	public Result run(Path folder) {
		String prefix = prefix(folder);
		List<Path> scenarioFiles = scenarioFiles(folder);
		RuleBase rules;
		try {
			rules = RuleBase.compile(folder);
		}
		catch (RulesCompileException ex) {
			ex.messages().forEach(out::println);
			return new Result("", List.of(), scenarioFiles.size(), 0, ex.messages(), List.of());
		}
		List<String> ruleFiles = rules.files().stream().filter(RulesCheck::isRuleFile).toList();
		out.println("Ruleset version " + rules.version() + " (" + rules.files().size() + " files in " + folder + ")");
		out.println("Compiled " + ruleFiles.size() + " rule files: " + String.join(", ", ruleFiles));
		List<String> warnings = new ArrayList<>(rules.warnings());
		warnings.addAll(uk.placewise.assess.UncompiledFiles.warnings(folder));
		warnings.forEach(w -> out.println("warning: " + w));
		out.println("Running " + scenarioFiles.size() + " scenarios in " + prefix + TESTS + "/");
		Assessor assessor = new Assessor(rules, budget);
		List<String> problems = new ArrayList<>();
		if (scenarioFiles.isEmpty()) {
			// rules that compile prove nothing about their scores: a draft that dropped tests/ must not pass
			String none = prefix + TESTS + "/: " + NO_SCENARIOS;
			out.println(none);
			problems.add(none);
		}
		int failed = 0;
		java.util.Set<String> ruleNames = rules.ruleNames();
		for (Path path : scenarioFiles) {
			String file = prefix + folder.relativize(path).toString().replace('\\', '/');
			List<String> found;
			boolean overBudget = false;
			try {
				found = check(assessor, path, file, ruleNames);
			}
			catch (RulesBudgetException ex) {
				// a rule that loops would loop in every scenario: one is enough to say so
				found = List.of(file + ":1: " + ex.getMessage() + " (a scenario may take "
						+ budget.time().toSeconds() + " s); the scenarios after this one were not run");
				overBudget = true;
			}
			found.forEach(out::println);
			problems.addAll(found);
			failed += found.isEmpty() ? 0 : 1;
			if (overBudget) {
				break;
			}
		}
		return new Result(rules.version(), ruleFiles, scenarioFiles.size(), failed, List.copyOf(problems),
				List.copyOf(warnings));
	}

	private static List<String> check(Assessor assessor, Path path, String file, java.util.Set<String> ruleNames) {
		Scenario scenario;
		try {
			scenario = Scenario.read(path, file);
		}
		catch (YamlException ex) {
			return List.of(ex.getMessage());
		}
		Assessment assessment;
		try {
			assessment = assessor.assess(scenario.facts());
		}
		catch (RulesBudgetException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			return List.of(file + ":1: the rules failed on this scenario: " + rootMessage(ex));
		}
		List<String> failures = new ArrayList<>(UnknownRuleIds.of(scenario, ruleNames));
		failures.addAll(ScenarioVerdict.failures(scenario, assessment));
		return failures;
	}

	/** The name messages use for the folder: its own name, as RuleBase names rule files ("rules/"). */
	static String prefix(Path folder) {
		Path name = folder.toAbsolutePath().normalize().getFileName();
		return (name == null ? "rules" : name.toString()) + "/";
	}

	static List<Path> scenarioFiles(Path folder) {
		Path tests = folder.resolve(TESTS);
		if (!Files.isDirectory(tests)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(tests)) {
			return paths.filter(Files::isRegularFile)
				.filter(p -> java.util.Arrays.stream(folder.relativize(p).toString().replace('\\', '/').split("/"))
							.noneMatch(part -> part.startsWith(".") || part.startsWith("~$")))
				.filter(p -> {
					String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
					return name.endsWith(".yml") || name.endsWith(".yaml");
				})
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the scenarios in " + tests, ex);
		}
	}

	private static boolean isRuleFile(String relative) {
		return uk.placewise.assess.UncompiledFiles.compiled(relative);
	}

	private static String rootMessage(Throwable ex) {
		StringBuilder message = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t.getMessage() != null && !message.toString().contains(t.getMessage())) {
				message.append(message.length() == 0 ? "" : ": ").append(t.getMessage().replaceAll("\\s+", " ").trim());
			}
		}
		return message.length() == 0 ? ex.getClass().getSimpleName() : message.toString();
	}
}
