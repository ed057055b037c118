package uk.placewise.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import uk.placewise.assess.RuleBase;
import uk.placewise.assess.RulesCompileException;
import uk.placewise.install.BuildInfo;
import uk.placewise.run.DatabaseLock;
import uk.placewise.run.LockFile;
import uk.placewise.run.LockHolder;
import uk.placewise.store.H2StoreFile;
import uk.placewise.store.StoreRefusedException;
import uk.placewise.store.StoreStatus;
import uk.placewise.store.StoreStatusReader;

/**
 * {@code placewise status [--out DIR]}: what state the store is in, read as it is. Its identity and
 * schema version against this build's, its last nightly runs (as-of, result, files taken, warnings), the
 * ruleset the last run used against the rules folder on disk now, who holds the run lock, and, with
 * --out, which run and store wrote it. Exit 0, or 1 when the store is unusable (missing, damaged, not a
 * Placewise store, newer than this build, not the store that wrote --out). It never makes, migrates or
 * locks the store and writes nothing (not even the log): a read-only connection and no Spring context.
 */
final class StatusCommand {

	private final PrintStream out;

	private final PrintStream err;

	StatusCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(CommandLine line) throws Exception {
		try (AutoCloseable quiet = LeanEnvironment.quietLogging()) {
			return status(line);
		}
	}

	private int status(CommandLine line) {
		LeanEnvironment env = LeanEnvironment.of(line.springArgs());
		Optional<Path> outDir = Optional.ofNullable(line.options().get("out")).map(Path::of);
		out.println(BuildInfo.current().line());
		String url = env.property("spring.datasource.url");
		Optional<H2StoreFile> h2 = H2StoreFile.of(url);
		out.println("Store:      " + h2.map(f -> f.file() + " (H2)").orElse(withoutSecrets(url)));
		LockHolder lock = LockHolder.of(env.dataDir());
		List<String> notes = new ArrayList<>();
		StoreStatus store;
		try (Connection connection = connect(env, url, h2, outDir)) {
			if (h2.isEmpty()) {
				Optional<String> dbHolder = DatabaseLock.heldBy(connection);
				printLock(lock, dbHolder);
				dbHolder.ifPresent(holder -> notes.add("a run is holding the database lock"));
			}
			else {
				printLock(lock, Optional.empty());
			}
			store = StoreStatusReader.read(connection, locations(env));
		}
		catch (StoreUnreachable ex) {
			return ex.exit;
		}
		catch (StoreRefusedException ex) {
			return unusable(ex.getMessage());
		}
		catch (SQLException ex) {
			return unusable("the store cannot be read: " + firstLine(ex.getMessage()));
		}
		notes.add(lock.held() ? "a run is holding the lock" : "no run is holding the lock");
		// a FIFO, link or folder where the run lock goes: every run refuses it, so never "ok"
		Optional<String> badLock = LockFile.refusal(env.dataDir().resolve("placewise.lock"));
		badLock.ifPresent(why -> notes.add("the run lock " + why + " (every run refuses it until then)"));
		out.println("Identity:   " + (store.identity() == null ? "none yet (made before store identities; the next "
				+ "nightly gives it one)" : store.identity().id() + ", made " + store.identity().created()));
		out.println("Schema:     version " + store.schema().current() + (store.schema().pending() == 0
				? " (this build's latest)" : ", " + store.schema().pending() + " migration(s) to " + store.schema().latest()
						+ " pending: the next nightly makes them, on a copy of the store"));
		StatusRuns.print(out, store, lock.held());
		boolean attention = !store.lastRuns().isEmpty() && StatusRuns.needsAttention(store.lastRuns().get(0), lock.held());
		String lastRules = store.lastRuleset();
		String rules = rules(env.settings().rulesFolder(), lastRules);
		attention |= rules.startsWith(RULES_UNREADABLE) || badLock.isPresent();
		notes.add(rules);
		if (outDir.isPresent()) {
			String refused = StatusOut.print(out, outDir.get(), store.identity() == null ? null : store.identity().id());
			if (refused != null) {
				return unusable(refused);
			}
		}
		// exit 0 whenever the store is usable; "ok" only when nothing else needs the operator either
		out.println("placewise status: " + (attention ? "attention" : "ok") + ": " + summary(store, lock.held()) + "; "
				+ String.join("; ", notes));
		return Main.OK;
	}

	private Connection connect(LeanEnvironment env, String url, Optional<H2StoreFile> h2, Optional<Path> outDir)
			throws SQLException {
		String user = env.property("spring.datasource.username");
		String password = env.property("spring.datasource.password");
		if (h2.isPresent()) {
			if (!h2.get().exists()) {
				printLock(LockHolder.of(env.dataDir()), Optional.empty());
				String writer = outDir.map(StatusOut::writtenBy).orElse(null);
				throw new StoreUnreachable(unusable(writer != null
						? "--out " + outDir.get().toAbsolutePath().normalize() + " was written by store " + writer + "; this "
								+ "install has no store at " + h2.get().file() + ": is placewise.data-dir set (in "
								+ "/etc/placewise/application.yml) to the data folder that store is in?"
						: "there is no store at " + h2.get().file() + " (status makes none: the first nightly makes it; "
								+ "check placewise.data-dir)"));
			}
			try {
				h2.get().checkNotDamaged();
			}
			catch (StoreRefusedException ex) {
				throw new StoreUnreachable(unusable(ex.getMessage()));
			}
			try {
				return DriverManager.getConnection(h2.get().url() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", user, password);
			}
			catch (SQLException ex) {
				if (ex.getErrorCode() == 90020) {
					LockHolder lock = LockHolder.of(env.dataDir());
					printLock(lock, Optional.empty());
					out.println("placewise status: ok: the store is open in a running Placewise"
							+ (lock.held() ? " (" + lock.holder() + ")" : "") + "; run status again when it has finished "
							+ "to see its runs");
					throw new StoreUnreachable(Main.OK);
				}
				throw ex;
			}
		}
		Properties p = new Properties();
		p.setProperty("user", user == null ? "" : user);
		p.setProperty("password", password == null ? "" : password);
		p.setProperty("ApplicationName", "placewise status");
		Connection c = DriverManager.getConnection(url, p);
		c.setReadOnly(true);
		return c;
	}

	private static String[] locations(LeanEnvironment env) {
		return env.environment().getProperty("spring.flyway.locations", String[].class, new String[] { "classpath:db/migration" });
	}

	private void printLock(LockHolder lock, Optional<String> database) {
		String file = lock.held() ? "held by " + (lock.holder() == null ? "(holder unknown)" : lock.holder())
				: "free" + (lock.holder() == null ? "" : " (last taken by " + lock.holder() + ")");
		out.println("Run lock:   " + file + (lock.how().startsWith("the pid") ? " [judged from " + lock.how() + "]" : ""));
		database.ifPresent(holder -> out.println("DB lock:    held by " + holder));
	}

	private String rules(Path folder, String lastRun) {
		String now;
		try {
			now = RuleBase.versionOf(folder);
		}
		catch (RulesCompileException | java.io.UncheckedIOException ex) {
			out.println("Rules:      " + folder.toAbsolutePath().normalize() + " cannot be read: " + firstLine(ex.getMessage()));
			return RULES_UNREADABLE + ": the next nightly fails";
		}
		out.println("Rules:      " + folder.toAbsolutePath().normalize() + ", ruleset " + now);
		if (lastRun == null) {
			return "no run has assessed yet";
		}
		if (lastRun.equals(now)) {
			out.println("            the same ruleset as the last run that assessed");
			return "rules unchanged since the last run";
		}
		out.println("            changed since the last run that assessed (it used " + lastRun + ")");
		return "rules changed since the last run (the next night assesses with the new ones)";
	}

	private static final String RULES_UNREADABLE = "the rules folder cannot be read";

	private static String summary(StoreStatus store, boolean lockHeld) {
		String id = store.identity() == null ? "store" : "store " + store.identity().id();
		String runs = store.nightlyRuns() + (store.nightlyRuns() == 1 ? " run" : " runs");
		String last = store.lastRuns().isEmpty() ? ""
				: ", last run " + store.lastRuns().get(0).runId() + " as of " + store.lastRuns().get(0).asOf() + " "
						+ StatusRuns.result(store.lastRuns().get(0), lockHeld);
		return id + ", schema " + store.schema().current() + ", " + runs + last;
	}

	private int unusable(String why) {
		err.println("placewise status: failed: " + why);
		return Main.FAILED;
	}

	static String withoutSecrets(String url) {
		return url == null ? "(no spring.datasource.url)" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}

	static String firstLine(String s) {
		if (s == null) {
			return "";
		}
		int nl = s.indexOf('\n');
		return nl < 0 ? s : s.substring(0, nl);
	}

	/** The store cannot be opened; what to exit with has been said. */
	private static final class StoreUnreachable extends RuntimeException {

		final int exit;

		StoreUnreachable(int exit) {
			super(null, null, false, false);
			this.exit = exit;
		}
	}
}
