package uk.placewise.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContext;

import uk.placewise.PlacewiseProperties;
import uk.placewise.impact.ImpactFiles;
import uk.placewise.impact.ImpactReport;
import uk.placewise.impact.RulesImpact;
import uk.placewise.report.pdf.ReportsFolder;
import uk.placewise.results.RunResult;
import uk.placewise.rulecheck.RulesCheck;

/**
 * {@code placewise rules impact --rules DRAFT --out DIR [--as-of DATE]}: what a draft of the rules would
 * change, for the QA board before sign-off. The draft is checked first as {@code rules check} checks it,
 * without Spring or the store: a draft that does not compile or fails a scenario is refused (exit 1, its
 * problems printed) and nothing is written. Then the live rules and the draft run over the stored facts
 * of the night; the command holds the run lock meanwhile (a night being written is never read half-way,
 * and no night starts while it reads), opens the store as it is (never made, migrated or given Spring
 * Batch's tables: a store whose schema is older than this version is refused), and writes only into --out.
 */
final class RulesImpactCommand {

	private final PrintStream out;

	private final PrintStream err;

	RulesImpactCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** The draft folder, checked before anything is opened. */
	static Path draft(CommandLine line) {
		if (!line.positional().isEmpty()) {
			throw new UsageException("'rules impact' takes no arguments, only --rules DRAFT_DIR --out DIR [--as-of DATE] (not '"
					+ String.join(" ", line.positional()) + "')");
		}
		Path draft = Path.of(line.required("rules"));
		if (!Files.isDirectory(draft)) {
			throw new UsageException("no draft rules folder at '" + draft + "' (give one with --rules DRAFT_DIR)");
		}
		return draft;
	}

	/**
	 * The folder the impact is written to. The nightly run's --out is refused: its files are what the
	 * council's schedulers read, and a draft's results beside them could be taken for live ones.
	 */
	static Path target(CommandLine line) {
		Path dir = Path.of(line.required("out"));
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new UsageException("--out " + dir + " is a file: name a folder for the impact files");
		}
		// the folder itself or any folder it is inside (out/impact would sit among the published files)
		for (Path folder = dir.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
			for (String published : List.of("run-summary.json", ".placewise-store")) {
				if (Files.exists(folder.resolve(published))) {
					throw new UsageException("--out " + dir + (folder.equals(dir.toAbsolutePath().normalize()) ? " holds"
							: " is inside " + folder + ", which holds") + " a nightly run's outputs (" + published
							+ "): write the impact of a draft to a folder of its own, so it is never taken for the live results");
				}
			}
		}
		// an allowlist: a new or empty folder, or one that holds only an earlier impact (so never the
		// inbox, the data folder or a rules folder, whose next reader would take the impact files for its own)
		for (Path folder = dir.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
			if (holdsAny(folder, name -> name.endsWith(".drl") || name.equals("placewise.mv.db") || name.equals("placewise.lock"))) {
				throw new UsageException("--out " + dir + (folder.equals(dir.toAbsolutePath().normalize()) ? " is" : " is inside")
						+ " a rules folder or a store's data folder (" + folder + "): write the impact to a folder of its own");
			}
		}
		if (Files.isDirectory(dir)) {
			try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
				java.util.Optional<String> other = entries.map(p -> p.getFileName().toString())
					.filter(name -> !IMPACT_FILES.contains(name) && !name.startsWith(".rules-impact-"))
					.sorted()
					.findFirst();
				if (other.isPresent()) {
					throw new UsageException("--out " + dir + " holds other files (" + other.get() + "): write the impact to "
							+ "a new or empty folder, or one that holds only an earlier impact");
				}
			}
			catch (java.io.IOException ex) {
				throw new UsageException("--out " + dir + " cannot be read: " + ex.getMessage());
			}
		}
		return dir;
	}

	private static final java.util.Set<String> IMPACT_FILES = java.util.Set.of(uk.placewise.impact.ImpactFiles.CSV,
			uk.placewise.impact.ImpactFiles.FLAGS, uk.placewise.impact.ImpactFiles.PDF);

	private static boolean holdsAny(Path folder, java.util.function.Predicate<String> name) {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
			return entries.anyMatch(p -> name.test(p.getFileName().toString()));
		}
		catch (java.io.IOException | SecurityException ex) {
			return false;
		}
	}

	/** The ruleset version of the draft that passed rules check (the one the impact must compare). */
	private String checkedVersion;

	/** Runs rules check on the draft; false (its problems printed, nothing written) when it fails. */
	boolean checked(Path draft, CommandLine line) {
		RulesCheckCommand.quietEngineLogging();
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		RulesCheck.Result result = new RulesCheck(new PrintStream(log, true, StandardCharsets.UTF_8),
				RulesCheckCommand.scenarioBudget(line)).run(draft);
		if (result.passed()) {
			checkedVersion = result.version();
			return true;
		}
		result.problems().forEach(err::println);
		err.println("placewise rules impact: failed: the draft rules in " + draft + " fail 'rules check' ("
				+ (!result.compiled() ? "they do not compile, "
						: result.scenarios() == 0 ? "they have no scenarios in " + draft.resolve(RulesCheck.TESTS) + ", "
								: result.scenariosFailed() + " of " + result.scenarios() + " scenarios failed, ")
				+ result.problems().size() + (result.problems().size() == 1 ? " problem" : " problems")
				+ " above); nothing was compared or written. Run 'placewise rules check --rules " + draft + "'");
		return false;
	}

	int run(ApplicationContext context, Path draft, Path dir, LocalDate asOf) throws Exception {
		int pending = pendingMigrations(context);
		if (pending > 0) {
			err.println("placewise rules impact: failed: the store's schema is older than this version of Placewise ("
					+ pending + (pending == 1 ? " upgrade" : " upgrades") + " pending), and rules impact changes nothing; "
					+ "run 'placewise nightly' (after 'placewise backup') to upgrade it first (nothing was written)");
			return Main.FAILED;
		}
		RulesImpact impact = context.getBean(RulesImpact.class);
		Optional<RunResult> night = impact.night(asOf);
		if (night.isEmpty()) {
			err.println("placewise rules impact: failed: no nightly run is stored on or before " + asOf
					+ "; run 'placewise nightly' first (nothing was written)");
			return Main.FAILED;
		}
		PlacewiseProperties settings = context.getBean(PlacewiseProperties.class);
		ImpactReport report = impact.compare(draft, asOf);
		if (!report.draftVersion().equals(checkedVersion)) {
			err.println("placewise rules impact: failed: the draft rules in " + draft + " changed after 'rules check' passed "
					+ "them (ruleset version " + checkedVersion.substring(0, 12) + ", now " + report.draftVersion().substring(0, 12)
					+ "); nothing was written. Run it again once the draft is saved");
			return Main.FAILED;
		}
		List<Path> files = new ImpactFiles(new ReportsFolder(settings.reportsFolder()), settings.council(),
				settings.output().outputMode()).write(report, dir);
		long moved = report.settings().stream().filter(c -> c.bandMoved()).count();
		out.println("placewise rules impact: " + headline(report) + report.changed().size() + " of " + report.settings().size()
				+ " settings change (" + moved + " change band); QA visits a month " + decimal(report.averageVisitsBefore())
				+ " -> " + decimal(report.averageVisitsAfter())
				+ (report.monthlyCapacity().isPresent() ? " (capacity " + report.monthlyCapacity().getAsInt() + ")" : "")
				+ "; flags " + report.flagsAdded() + " added, " + report.flagsRemoved() + " removed; as of " + asOf
				+ " on night " + report.night().runId() + ", live rules " + report.liveVersion().substring(0, 12)
				+ ", draft " + report.draftVersion().substring(0, 12) + "; wrote " + String.join(", ",
						files.stream().map(Path::toString).toList())
				);
		return Main.OK;
	}

	/**
	 * {@code ok: }, or as the nightly says a warning, {@code ok with 1 warning: <the live scenarios the draft
	 * dropped>; } (said, not refused: a council may retire a scenario).
	 */
	private static String headline(ImpactReport report) {
		String missing = uk.placewise.impact.MissingScenarios.sentence(report.liveFolder(), report.draftFolder());
		return missing.isEmpty() ? "ok: " : "ok with 1 warning: " + missing + "; ";
	}

	/** Migrations this version would make to the store: read from Flyway's history, nothing applied. */
	private static int pendingMigrations(ApplicationContext context) {
		String[] locations = context.getEnvironment()
			.getProperty("spring.flyway.locations", String[].class, new String[] { "classpath:db/migration" });
		return Flyway.configure()
			.dataSource(context.getBean(DataSource.class))
			.locations(locations)
			.load()
			.info()
			.pending().length;
	}

	private static String decimal(double n) {
		return String.format(Locale.ROOT, "%.1f", n);
	}
}
