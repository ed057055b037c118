package uk.placewise.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.springframework.boot.convert.DurationStyle;

import uk.placewise.assess.RuleBudget;
import uk.placewise.install.InstallHome;
import uk.placewise.rulecheck.RulesCheck;

/**
 * {@code placewise rules check [--rules DIR]}: compiles the rules folder and runs its scenarios,
 * without Spring or the database, so a council analyst gets an answer in seconds. The folder is
 * {@code --rules}, else {@code --placewise.rules=DIR} or PLACEWISE_RULES (as the nightly run reads
 * it), else the install's {@code rules}.
 */
final class RulesCheckCommand {

	static final String SCENARIO_TIME_BUDGET = "placewise.assess.scenario-time-budget";

	private final PrintStream out;

	private final PrintStream err;

	private final Map<String, String> environment;

	RulesCheckCommand(PrintStream out, PrintStream err) {
		this(out, err, System.getenv());
	}

	RulesCheckCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
		this.out = out;
		this.err = err;
		this.environment = environment;
	}

	int run(CommandLine line) {
		if (!line.positional().isEmpty()) {
			throw new UsageException("'rules check' takes no arguments, only --rules DIR (not '"
					+ String.join(" ", line.positional()) + "')");
		}
		Path folder = Path.of(folder(line));
		if (!Files.isDirectory(folder)) {
			throw new UsageException("no rules folder at '" + folder + "' (give one with --rules DIR)");
		}
		quietEngineLogging();
		long started = System.nanoTime();
		RulesCheck.Result result = new RulesCheck(out, scenarioBudget(line)).run(folder);
		String seconds = String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
		if (!result.compiled()) {
			err.println("placewise rules check: failed: the rules in " + folder + " do not compile ("
					+ count(result.problems().size(), "problem") + " above); no scenario was run");
			return Main.FAILED;
		}
		String version = "ruleset version " + result.version().substring(0, 12);
		if (result.scenarios() == 0) {
			err.println("placewise rules check: failed: no scenarios in " + folder.resolve(RulesCheck.TESTS)
					+ ", so nothing checked what the rules decide; " + version + ", " + seconds);
			return Main.FAILED;
		}
		if (!result.passed()) {
			err.println("placewise rules check: failed: " + result.scenariosFailed() + " of "
					+ count(result.scenarios(), "scenario") + " failed (" + count(result.problems().size(), "problem")
					+ " above); " + version + ", " + seconds);
			return Main.FAILED;
		}
		out.println("placewise rules check: ok: " + count(result.ruleFiles().size(), "rule file") + " compiled"
				+ (result.warnings().isEmpty() ? "" : " (" + count(result.warnings().size(), "warning") + " above)") + ", "
				+ "all " + count(result.scenarios(), "scenario") + " passed"
				+ "; " + version + ", " + seconds);
		return Main.OK;
	}

	private String folder(CommandLine line) {
		String option = line.options().get("rules");
		if (option != null) {
			if (option.isBlank()) {
				throw new UsageException("--rules needs a folder");
			}
			return option;
		}
		for (String arg : line.springArgs()) {
			if (arg.startsWith("--placewise.rules=")) {
				return arg.substring("--placewise.rules=".length());
			}
		}
		String env = environment.get("PLACEWISE_RULES");
		return env == null || env.isBlank() ? InstallHome.folder("rules").toString() : env;
	}

	/** Each scenario's budget: RuleBudget.SCENARIO, or {@code --placewise.assess.scenario-time-budget=30s}. */
	static RuleBudget scenarioBudget(CommandLine line) {
		String prefix = "--" + SCENARIO_TIME_BUDGET + "=";
		for (String arg : line.springArgs()) {
			if (arg.startsWith(prefix)) {
				try {
					return RuleBudget.SCENARIO.withTime(DurationStyle.detectAndParse(arg.substring(prefix.length())));
				}
				catch (IllegalArgumentException ex) {
					throw new UsageException(prefix + " needs a duration such as 10s or 2m, not '"
							+ arg.substring(prefix.length()) + "'");
				}
			}
		}
		return RuleBudget.SCENARIO;
	}

	private static String count(int n, String what) {
		return n + " " + what + (n == 1 ? "" : "s");
	}

	/**
	 * Without Spring nobody configures logging, and logback's default prints the engine's debug lines
	 * on the console. The check reports every problem the engine finds itself, by file and line, so
	 * the engine's own log lines would only repeat them less readably.
	 */
	static void quietEngineLogging() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
				&& context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("console") != null) {
			context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.ERROR);
			context.getLogger("org.drools").setLevel(Level.OFF);
			context.getLogger("org.kie").setLevel(Level.OFF);
		}
	}
}
