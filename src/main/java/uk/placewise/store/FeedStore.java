package uk.placewise.store;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Where ingest writes feed rows: one {@link FeedTableWriter} per inbox file, upserting by natural key
 * into the feed's table and keeping replaced versions in its history table.
 */
@Repository
public class FeedStore {

	private final JdbcTemplate jdbc;

	private final Map<String, Set<String>> checked = new ConcurrentHashMap<>();

	FeedStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Starts writing one file's rows. Joins the caller's transaction: the file's rows commit (or roll
	 * back) with it.
	 */
	public FeedTableWriter open(FeedTable table, String sourceFile, long runId, LocalDate asOf) {
		requireColumns(table);
		return new FeedTableWriter(jdbc, table, sourceFile, runId, asOf);
	}

	/** A feed definition naming a column the schema lacks fails here, with both named. */
	private void requireColumns(FeedTable table) {
		Set<String> existing = checked.computeIfAbsent(table.table(), this::columnsOf);
		for (String column : table.columns()) {
			if (!existing.contains(column.toLowerCase(Locale.ROOT))) {
				throw new IllegalStateException("table " + table.table() + " has no column " + column
						+ ": a new canonical column needs a database migration (an alias does not)");
			}
		}
	}

	private Set<String> columnsOf(String table) {
		if (!table.matches("[a-z0-9_]+")) {
			throw new IllegalStateException("'" + table + "' is not a table name");
		}
		Set<String> names = new HashSet<>();
		try {
			jdbc.query("select * from " + table + " where 1 = 0", rs -> {
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					names.add(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT));
				}
				return null;
			});
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("no table " + table + " in the database", ex);
		}
		return names;
	}
}
