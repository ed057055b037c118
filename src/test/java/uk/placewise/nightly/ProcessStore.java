package uk.placewise.nightly;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.placewise.TestFolders;

/**
 * A data folder and database of their own for nightly processes, and a look into the database once
 * they have ended (the H2 file, or the PostgreSQL schema when the suite runs on PostgreSQL).
 */
final class ProcessStore {

	/** Every feed table; each has its natural key {@code nk} and a history table beside it. */
	static final List<String> FEED_TABLES = List.of("ofsted_provider", "ofsted_inspection", "ofsted_enforcement",
			"ssda903_header", "ssda903_episode", "ssda903_missing", "ssda903_oc2", "ssda903_review", "reg44_report",
			"reg45_review",
			"qa_visit", "concern", "viability_check", "return_interview", "placement_cost", "council_setting",
			"postcode");

	/** The per-run tables, each keyed by run_id. */
	static final List<String> RUN_TABLES = List.of("ingest_file", "assessment_run", "setting_assessment",
			"setting_reason", "panel_flag_run", "kpi_value");

	final Path dir;

	final Path out;

	final List<String> args;

	ProcessStore(Path dir) {
		this.dir = dir;
		this.out = dir.resolve("out");
		this.args = TestFolders.processDatabase(dir);
	}

	/** Row counts per feed table and its history, and per run of every per-run table. */
	Map<String, Long> counts() throws SQLException {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection c = connect()) {
			for (String table : FEED_TABLES) {
				counts.put(table, single(c, "select count(*) from " + table));
				counts.put(table + "_history", single(c, "select count(*) from " + table + "_history"));
			}
			for (String table : RUN_TABLES) {
				for (List<Object> row : rows(c, "select run_id, count(*) from " + table + " group by run_id order by run_id")) {
					counts.put(table + " run " + row.get(0), ((Number) row.get(1)).longValue());
				}
			}
		}
		return counts;
	}

	/** Natural keys stored more than once, per feed table (a PK forbids it: this proves the PK is there). */
	Map<String, Long> duplicateKeys() throws SQLException {
		Map<String, Long> duplicates = new LinkedHashMap<>();
		try (Connection c = connect()) {
			for (String table : FEED_TABLES) {
				long n = single(c, "select count(*) - count(distinct nk) from " + table);
				if (n != 0) {
					duplicates.put(table, n);
				}
			}
			long settings = single(c, "select count(*) from (select run_id, urn from setting_assessment"
					+ " group by run_id, urn having count(*) > 1) d");
			if (settings != 0) {
				duplicates.put("setting_assessment (run_id, urn)", settings);
			}
		}
		return duplicates;
	}

	long single(String sql) throws SQLException {
		try (Connection c = connect()) {
			return single(c, sql);
		}
	}

	List<List<Object>> rows(String sql) throws SQLException {
		try (Connection c = connect()) {
			return rows(c, sql);
		}
	}

	private static long single(Connection c, String sql) throws SQLException {
		return ((Number) rows(c, sql).get(0).get(0)).longValue();
	}

	/**
	 * On one connection: an embedded H2 database is opened for a connection and closed with the last, so
	 * the 40 queries of {@link #counts} on a connection each took 2.3 s, on one 0.1 s. Never kept open past
	 * one call, as the file is the next process's.
	 */
	private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
		try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			List<List<Object>> rows = new ArrayList<>();
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<Object> row = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					row.add(rs.getObject(i));
				}
				rows.add(row);
			}
			return rows;
		}
	}

	private Connection connect() throws SQLException {
		for (String arg : args) {
			if (arg.startsWith("--spring.datasource.url=")) {
				return DriverManager.getConnection(arg.substring(arg.indexOf('=') + 1), "placewise", "placewise");
			}
		}
		return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data").resolve("placewise").toAbsolutePath(),
				"placewise", "");
	}
}
