package uk.placewise.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import uk.placewise.results.ResultStore;
import uk.placewise.run.DataFolder;
import uk.placewise.run.RunLock;
import uk.placewise.store.H2StoreFile;
import uk.placewise.store.StoreIdentity;
import uk.placewise.store.StoreSchemaCheck;

/**
 * {@code explain} without the batch application (issue 17: a QA officer runs it on the phone to a
 * provider, and the full context took 6 to 10 seconds to start). No Spring context at all (no
 * Spring Batch, Flyway, connection pool or component scan): the configuration is Spring Boot's own
 * (the same application.yml files, profiles and environment variables, {@link LeanEnvironment}), checked by
 * {@code PlacewiseProperties.check} as every command's is, and the store is read over one plain JDBC
 * connection, as it is. It is checked first, as the full path does: a damaged H2 file is refused, the
 * run lock is taken for the moment the store is opened (so a running night is named), the schema
 * history must be this build's ({@link StoreSchemaCheck}; a store that needs a migration is refused,
 * never migrated by a read) and the identity whole. A store this path does not read as it is (not a
 * Placewise store, a failed or unknown migration, H2 in memory) is left to the full path, whose words
 * it keeps ({@link #explain} is then empty).
 */
final class LeanRead {

	private final PrintStream out;

	private final PrintStream err;

	private final Clock clock;

	LeanRead(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	/** explain's exit code; empty when the store is for the full path to judge. */
	OptionalInt explain(CommandLine line) throws Exception {
		try (AutoCloseable quiet = LeanEnvironment.quietLogging()) {
			// the settings checked as for every command (a usage error naming the key), before the store
			LeanEnvironment lean = LeanEnvironment.of(line.springArgs());
			Path dataDir = DataFolder.secure(lean.dataDir());
			try {
				return read(line, lean.environment(), dataDir);
			}
			finally {
				DataFolder.secure(dataDir);
			}
		}
	}

	private OptionalInt read(CommandLine line, ConfigurableEnvironment env, Path dataDir) throws Exception {
		// a usage error before the store is opened, as the full path gives it before any query
		ExplainCommand.urn(line);
		String url = env.getProperty("spring.datasource.url", "");
		String user = env.getProperty("spring.datasource.username", "");
		String password = env.getProperty("spring.datasource.password", "");
		H2StoreFile h2 = H2StoreFile.of(url).orElse(null);
		Connection connection;
		if (h2 != null) {
			if (!h2.exists()) {
				// the full path would make an empty store only to say so; a read makes nothing
				return OptionalInt.of(ExplainCommand.noRunStored(err));
			}
			try (RunLock moment = RunLock.acquire(dataDir, holder(line))) {
				h2.checkNotDamaged();
				connection = DriverManager.getConnection(h2.url() + ";IFEXISTS=TRUE", user, password);
			}
		}
		else if (url.startsWith("jdbc:postgresql:")) {
			connection = DriverManager.getConnection(url, user, password);
		}
		else {
			return OptionalInt.empty();
		}
		SingleConnectionDataSource store = new SingleConnectionDataSource(connection, true);
		try {
			StoreSchemaCheck.Verdict verdict = StoreSchemaCheck.of(connection, env.getProperty("spring.flyway.locations",
					String[].class, new String[] { "classpath:db/migration" }));
			switch (verdict.state()) {
				case OTHER:
					return OptionalInt.empty();
				case OLDER:
					throw StoreSchemaCheck.refuse(h2 != null ? h2.file().toString() : url, verdict);
				default:
					break;
			}
			StoreIdentity.over(store).identity();
			return OptionalInt.of(new ExplainCommand(ResultStore.over(store), out, err).run(line, LocalDate.now(clock)));
		}
		finally {
			close(connection);
		}
	}

	private String holder(CommandLine line) {
		return "'placewise " + line.command() + "' as of " + line.asOf(LocalDate.now(clock)) + " started "
				+ Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
	}

	private static void close(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ignored) {
			// read only: nothing to lose
		}
	}

	/** The context of a command that needs only Spring Boot's configuration and logging: no beans. */
	static final class EmptyContext {

	}
}
