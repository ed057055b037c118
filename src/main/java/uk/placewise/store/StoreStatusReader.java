package uk.placewise.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.ValidateResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Reads a store for {@code placewise status} over one plain JDBC connection that the caller opened read
 * only: no Spring context, no Spring Batch, no migration, no lock. Flyway is asked for its history
 * ({@code info}, which writes nothing). A store that no run could use is a {@link StoreRefusedException}
 * saying why: not a Placewise store, a schema newer than this build, a failed migration, a damaged
 * identity.
 */
public final class StoreStatusReader {

	/** How many of the latest runs status lists. */
	public static final int LAST_RUNS = 5;

	private StoreStatusReader() {
	}

	public static StoreStatus read(Connection connection, String[] migrationLocations) throws SQLException {
		SingleConnectionDataSource source = new SingleConnectionDataSource(connection, true);
		StoreStatus.Schema schema = schema(source, connection, migrationLocations);
		JdbcClient jdbc = JdbcClient.create(source);
		StoreIdentity.Identity identity = hasTable(connection, "store_identity") ? new StoreIdentity(jdbc).identity() : null;
		if (identity == null && !schema.current().isEmpty() && compare(schema.current(), "15") >= 0) {
			throw new StoreRefusedException("the store's schema is version " + schema.current() + " but it has no "
					+ "store_identity table: it is damaged; restore it from a backup");
		}
		if (!hasTable(connection, "batch_job_instance") || !hasTable(connection, "assessment_run")) {
			return new StoreStatus(identity, schema, 0, List.of(), null);
		}
		long count = jdbc.sql("select count(*) from batch_job_instance where job_name = 'nightly'").query(Long.class).single();
		IngestLedger ledger = new IngestLedger(jdbc);
		IngestWarnings warnings = new IngestWarnings(jdbc);
		List<StoreStatus.Run> runs = new ArrayList<>();
		for (Object[] row : lastRuns(jdbc)) {
			long runId = ((Number) row[0]).longValue();
			runs.add(new StoreStatus.Run(runId, (LocalDate) row[1], (String) row[2], (String) row[3],
					(LocalDateTime) row[4], (LocalDateTime) row[5], (String) row[6], ledger.filesForRun(runId),
					warnings.forRun(runId)));
		}
		String lastRuleset = jdbc.sql("select ruleset_version from assessment_run order by run_id desc limit 1")
			.query(String.class)
			.optional()
			.map(String::strip)
			.orElse(null);
		return new StoreStatus(identity, schema, count, List.copyOf(runs), lastRuleset);
	}

	private static List<Object[]> lastRuns(JdbcClient jdbc) {
		return jdbc.sql("""
				select i.job_instance_id, e.status, e.exit_message, e.start_time, e.end_time,
				       (select max(p.parameter_value) from batch_job_execution_params p
				        where p.job_execution_id = e.job_execution_id and p.parameter_name = 'asOf'),
				       r.as_of, r.ruleset_version
				from batch_job_instance i
				join batch_job_execution e on e.job_instance_id = i.job_instance_id
				left join assessment_run r on r.run_id = i.job_instance_id
				where i.job_name = 'nightly' and e.job_execution_id =
				    (select max(x.job_execution_id) from batch_job_execution x where x.job_instance_id = i.job_instance_id)
				order by i.job_instance_id desc
				limit""" + " " + LAST_RUNS)
			.query((rs, n) -> new Object[] { rs.getLong(1), asOf(rs, 6, 7), rs.getString(2), firstLine(rs.getString(3)),
					time(rs.getTimestamp(4)), time(rs.getTimestamp(5)), rs.getString(8) == null ? null : rs.getString(8).strip() })
			.list();
	}

	private static LocalDate asOf(ResultSet rs, int parameter, int stored) throws SQLException {
		if (rs.getDate(stored) != null) {
			return rs.getDate(stored).toLocalDate();
		}
		String text = rs.getString(parameter);
		try {
			return text == null ? null : LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static LocalDateTime time(Timestamp t) {
		return t == null ? null : t.toLocalDateTime().withNano(0);
	}

	private static String firstLine(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		int nl = s.indexOf('\n');
		return (nl < 0 ? s : s.substring(0, nl)).strip();
	}

	private static StoreStatus.Schema schema(SingleConnectionDataSource source, Connection connection, String[] locations)
			throws SQLException {
		MigrationInfoService info = StoreSchema.configure(Flyway.configure().dataSource(source).locations(locations), p -> {
		}).load().info();
		MigrationInfo[] applied = info.applied();
		String latest = Arrays.stream(info.all())
			.filter(m -> m.getVersion() != null && m.getState() != MigrationState.FUTURE_SUCCESS
					&& m.getState() != MigrationState.FUTURE_FAILED)
			.map(m -> m.getVersion().getVersion())
			.reduce((a, b) -> compare(a, b) >= 0 ? a : b)
			.orElse("");
		if (applied.length == 0) {
			boolean empty = !hasAnyTable(connection);
			throw new StoreRefusedException(empty ? "the store holds no tables at all: it is not a Placewise store (or was "
					+ "emptied); restore it from a backup, or move it aside for the next nightly to make a new one"
					: "the store has tables but no Placewise schema history (flyway_schema_history): it is not a Placewise "
							+ "store; point placewise.data-dir or spring.datasource.url at the right one");
		}
		List<String> failed = Arrays.stream(applied)
			.filter(m -> m.getState().isFailed())
			.map(m -> m.getVersion() == null ? m.getDescription() : m.getVersion().getVersion())
			.toList();
		List<String> newer = Arrays.stream(applied)
			.filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
			.map(m -> m.getVersion().getVersion())
			.toList();
		String current = info.current() == null || info.current().getVersion() == null ? ""
				: info.current().getVersion().getVersion();
		if (!newer.isEmpty()) {
			throw new StoreRefusedException("the store's schema is version " + current + ", newer than this build of "
					+ "Placewise knows (up to " + latest + "): it was migrated by a newer release; run that release, or "
					+ "restore the backup taken before the upgrade");
		}
		if (!failed.isEmpty()) {
			throw new StoreRefusedException("the store's schema history has a failed migration (" + String.join(", ", failed)
					+ "): restore it from a backup");
		}
		validate(source, locations);
		List<String> missing = StoreTables.missing(connection, locations, current);
		if (!missing.isEmpty()) {
			throw new StoreRefusedException("the store lacks " + (missing.size() == 1 ? "a table" : missing.size() + " tables")
					+ " its schema version " + current + " makes (missing: " + String.join(", ", missing) + "): the next "
					+ "nightly would fail on it; restore it from a backup");
		}
		return new StoreStatus.Schema(current, latest, info.pending().length, newer);
	}

	/**
	 * Flyway's own validation, as the next nightly's migrate runs it (a pending migration is not a fault:
	 * the nightly makes it). Reads the schema history only; writes nothing.
	 */
	private static void validate(SingleConnectionDataSource source, String[] locations) {
		ValidateResult result = StoreSchema.configure(Flyway.configure()
			.dataSource(source)
			.locations(locations)
			.ignoreMigrationPatterns("*:pending"), p -> {
			}).load().validateWithResult();
		if (!result.validationSuccessful) {
			String why = result.invalidMigrations == null || result.invalidMigrations.isEmpty()
					? (result.errorDetails == null ? "validation failed" : result.errorDetails.errorMessage)
					: String.join("; ", result.invalidMigrations.stream()
						.map(m -> m.errorDetails == null ? "migration " + m.version : firstLine(m.errorDetails.errorMessage))
						.toList());
			throw new StoreRefusedException("Flyway refuses the store's schema history, so the next nightly would fail: "
					+ why + " (a migration applied to this store has changed since: run the release that made it, or "
					+ "restore the store from a backup)");
		}
	}

	/** Dotted Flyway versions compared part by part: 2.1 after 2, 16 after 15. */
	static int compare(String a, String b) {
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			long p = i < x.length ? Long.parseLong(x[i]) : 0;
			long q = i < y.length ? Long.parseLong(y[i]) : 0;
			if (p != q) {
				return Long.compare(p, q);
			}
		}
		return 0;
	}

	private static boolean hasTable(Connection connection, String name) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		for (String n : List.of(name, name.toUpperCase(java.util.Locale.ROOT))) {
			try (ResultSet rs = meta.getTables(null, connection.getSchema(), n, new String[] { "TABLE" })) {
				if (rs.next()) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean hasAnyTable(Connection connection) throws SQLException {
		try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
			return rs.next();
		}
	}
}
