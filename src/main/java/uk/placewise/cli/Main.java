package uk.placewise.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import uk.placewise.PlacewiseApplication;
import uk.placewise.PlacewiseProperties;
import uk.placewise.install.InstallHome;
import uk.placewise.run.DataFolder;
import uk.placewise.run.DatabaseLock;
import uk.placewise.run.RunLock;

/**
 * {@code placewise COMMAND ...}: the contract of spec/outputs.md. Exit 0 on success, 1 when the run
 * failed, 2 for a usage error, 3 when a nightly run published but did not take every input; every command ends with a one-line summary; no stack traces (they go to
 * the log file under data/).
 */
public final class Main {

	static final int OK = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	/** {@code nightly} completed and published, but not every input was taken (the summary names each). */
	static final int INCOMPLETE = 3;

	/**
	 * Each command and the options it takes, and only those it uses (configuration is
	 * {@code --placewise.*=} and the allowlist of CommandLineSettings).
	 */
	static final Map<String, Set<String>> COMMANDS = new LinkedHashMap<>();
	static {
		COMMANDS.put("nightly", Set.of("inbox", "out", "as-of", CommandLine.NEW_STORE));
		COMMANDS.put("dashboard", Set.of("month", "out"));
		COMMANDS.put("panel", Set.of("out", "as-of"));
		COMMANDS.put("briefing", Set.of("out", "within", "as-of"));
		COMMANDS.put("explain", Set.of("as-of"));
		COMMANDS.put("rules check", Set.of("rules"));
		COMMANDS.put("rules impact", Set.of("rules", "out", "as-of"));
		COMMANDS.put("demo", Set.of("scale", "seed", "as-of"));
		COMMANDS.put("bench", Set.of("scale"));
		COMMANDS.put("backup", Set.of("to"));
		COMMANDS.put("status", Set.of("out"));
	}

	private final PrintStream out;

	private final PrintStream err;

	private final Clock clock;

	Main(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	public static void main(String[] args) {
		ExitGuard guard = ExitGuard.install(System.err, args);
		int code = new Main(System.out, System.err, Clock.systemDefaultZone()).run(args);
		guard.finished();
		System.exit(code);
	}

	int run(String[] args) {
		if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
			out.print(Help.TEXT);
			return OK;
		}
		if (args.length > 1 && (args[0].equals("--version") || args[0].equals("version"))) {
			return usage(args[0] + " takes no arguments");
		}
		if (args.length == 1 && (args[0].equals("--version") || args[0].equals("version"))) {
			out.println(uk.placewise.install.BuildInfo.current().line());
			return OK;
		}
		CommandLine line;
		try {
			line = CommandLine.parse(args, COMMANDS);
			line.asOf(LocalDate.now(clock));
		}
		catch (UsageException ex) {
			return usage(ex.getMessage());
		}
		try {
			return dispatch(line);
		}
		catch (UsageException ex) {
			return usage(ex.getMessage());
		}
		catch (Exception ex) {
			err.println("placewise " + line.command() + ": failed: " + Failures.describe(ex));
			return FAILED;
		}
	}

	private int dispatch(CommandLine line) throws Exception {
		return switch (line.command()) {
			case "nightly" -> withSpring(line, lockHolder(line), context -> new NightlyCommand(context, out, err).run(line, clock));
			case "explain" -> {
				ExplainCommand.urn(line);
				ExistingStoreCheck.check(line, "");
				// the lean read path (no batch context); the full path for a store it does not read as it is
				OptionalInt lean = new LeanRead(out, err, clock).explain(line);
				yield lean.isPresent() ? lean.getAsInt()
						: withSpring(line, null, context -> new ExplainCommand(context, out, err).run(line, LocalDate.now(clock)));
			}
			case "dashboard" -> {
				ReportCommands.month(line);
				line.required("out");
				ExistingStoreCheck.check(line, "");
				yield withSpring(line, null, context -> new ReportCommands(context, out, err).dashboard(line));
			}
			case "demo" -> {
				DemoCommand.scale(line);
				DemoCommand.seed(line);
				DemoCommand.clean();
				yield withSpring(line.withSpringArg("--placewise.data-dir=" + DemoCommand.DEMO.resolve("data")),
						lockHolder(line), context -> new DemoCommand(out).run(context, line, line.asOf(LocalDate.now(clock))));
			}
			case "panel" -> {
				line.required("out");
				ExistingStoreCheck.check(line, "");
				yield withSpring(line, null, context -> new ReportCommands(context, out, err).panel(line, LocalDate.now(clock)));
			}
			case "briefing" -> {
				line.required("out");
				BriefingCommand.within(line);
				ExistingStoreCheck.check(line, "");
				yield withSpring(line, null, context -> new BriefingCommand(context, out, err).run(line, LocalDate.now(clock)));
			}
			case "rules check" -> new RulesCheckCommand(out, err).run(line);
			case "rules impact" -> {
				Path draft = RulesImpactCommand.draft(line);
				Path target = RulesImpactCommand.target(line);
				RulesImpactCommand impact = new RulesImpactCommand(out, err);
				ExistingStoreCheck.check(line, "");
				// read only: the store opened as it is, never made, migrated or given Spring Batch's tables
				yield !impact.checked(draft, line) ? FAILED : withSpring(BackupCommand.prepare(line), lockHolder(line), false,
						context -> impact.run(context, draft, target, line.asOf(LocalDate.now(clock))));
			}
			case "backup" -> {
				BackupCommand.target(line);
				ExistingStoreCheck.check(line, "to back up");
				yield withSpring(BackupCommand.prepare(line), lockHolder(line), false,
						context -> new BackupCommand(context, out, err).run(line));
			}
			case "status" -> new StatusCommand(out, err).run(line);
			case "bench" -> withSpring(BenchCommand.prepare(line), lockHolder(line), context -> new BenchCommand(out, err).run(context, line, line.asOf(LocalDate.now(clock))));
			default -> usage("'" + line.command() + "' is not available yet in this version of Placewise");
		};
	}

	/**
	 * Runs a command in the Spring application. A command that writes to the store names itself in
	 * {@code lockHolder} and takes the run lock before the database is opened, so a second run fails at
	 * once with a message naming the first instead of waiting or interleaving.
	 */
	private int withSpring(CommandLine line, String lockHolder, SpringCommand command) throws Exception {
		return withSpring(line, lockHolder, true, command);
	}

	/** As above; {@code migrate} false opens the store as it is, without migrating it (backup). */
	private int withSpring(CommandLine line, String lockHolder, boolean migrate, SpringCommand command)
			throws Exception {
		DataFolderCheck.check(line);
		RunLock[] lock = new RunLock[1];
		DatabaseLock[] databaseLock = new DatabaseLock[1];
		Path[] dataDir = new Path[1];
		java.sql.Connection[] held = new java.sql.Connection[1];
		SpringApplicationBuilder app = new SpringApplicationBuilder(PlacewiseApplication.class)
			.properties(InstallHome.springDefaults());
		app.initializers(context -> {
			PlacewiseProperties settings;
			try {
				settings = PlacewiseProperties.check(context.getEnvironment());
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException(ex.getMessage());
			}
			if (settings.dataFolder() == null) {
				throw new UsageException("placewise.data-dir must name the data folder");
			}
			dataDir[0] = DataFolder.secure(settings.dataFolder().toAbsolutePath().normalize());
			// H2 wants an absolute file path; whatever form the operator gave, the store uses this one
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("placewise-data-dir", Map.of("placewise.data-dir", dataDir[0].toString())));
			if (lockHolder != null) {
				lock[0] = RunLock.acquire(dataDir[0], lockHolder);
				// PostgreSQL: one writer per database schema, whatever host or data folder it runs from
				Environment env = context.getEnvironment();
				databaseLock[0] = DatabaseLock.acquire(env.getProperty("spring.datasource.url"),
						env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"),
						"'placewise " + line.command() + "' as of " + line.asOf(LocalDate.now(clock)));
			}
			NewStoreGuard.check(context.getEnvironment(), line);
			held[0] = StoreStartup.prepareAndHold(context.getEnvironment(), dataDir[0], lockHolder(line), lock[0], migrate);
		});
		try (ConfigurableApplicationContext context = app.run(line.springArgs().toArray(String[]::new))) {
			return command.run(context);
		}
		finally {
			if (held[0] != null) {
				held[0].close();
			}
			if (dataDir[0] != null) {
				DataFolder.secure(dataDir[0]);
			}
			if (databaseLock[0] != null) {
				databaseLock[0].close();
			}
			if (lock[0] != null) {
				lock[0].close();
			}
		}
	}

	private String lockHolder(CommandLine line) {
		return "'placewise " + line.command() + "' as of " + line.asOf(LocalDate.now(clock)) + " started "
				+ Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
	}

	private int usage(String message) {
		err.println("placewise: " + message);
		err.println("Run 'placewise --help' for the commands and their options.");
		return USAGE;
	}

	@FunctionalInterface
	interface SpringCommand {

		int run(ConfigurableApplicationContext context) throws Exception;

	}
}
