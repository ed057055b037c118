package uk.placewise.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The tables a store at a schema version must have, derived from this build's own migrations (SQL and
 * Java) by making them, up to that version, in an empty in-memory H2 database: no hand list to drift.
 * {@link #missing} names those the store lacks (a table dropped by hand, a restore gone wrong): a nightly
 * would fail on the first of them, so {@code placewise status} calls such a store unusable.
 * Migrations on the classpath cannot change while the JVM runs, so their tables at a version are made
 * once per JVM (a test JVM checks hundreds of stores); a folder of migrations is read afresh each time.
 */
final class StoreTables {

	private static final Map<String, Set<String>> CLASSPATH_EXPECTED = new ConcurrentHashMap<>();

	private StoreTables() {
	}

	static List<String> missing(Connection store, String[] locations, String version) throws SQLException {
		Set<String> expected = new TreeSet<>(Arrays.stream(locations).allMatch(l -> l.startsWith("classpath:"))
				? cached(locations, version) : expected(locations, version));
		expected.removeAll(tables(store));
		return List.copyOf(expected);
	}

	private static Set<String> cached(String[] locations, String version) throws SQLException {
		String key = String.join(",", locations) + "@" + version;
		Set<String> known = CLASSPATH_EXPECTED.get(key);
		if (known == null) {
			known = Set.copyOf(expected(locations, version));
			CLASSPATH_EXPECTED.put(key, known);
		}
		return known;
	}

	private static Set<String> expected(String[] locations, String version) throws SQLException {
		String url = "jdbc:h2:mem:placewise-expected-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		try (Connection empty = DriverManager.getConnection(url, "placewise", "")) {
			try {
				StoreSchema.configure(Flyway.configure()
					.dataSource(new SingleConnectionDataSource(empty, true))
					.locations(locations)
					.target(version), p -> {
					}).load().migrate();
				return tables(empty);
			}
			finally {
				try (Statement st = empty.createStatement()) {
					st.execute("shutdown");
				}
			}
		}
	}

	private static Set<String> tables(Connection connection) throws SQLException {
		Set<String> names = new TreeSet<>();
		try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return names;
	}
}
