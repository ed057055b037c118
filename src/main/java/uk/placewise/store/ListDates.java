package uk.placewise.store;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The date each stored row of a dated list was true at ({@code feed_list_as_at}): Ofsted's provider list
 * is "as at 31 March" or "as at 31 August", and a list older than the one a row came from must not
 * overwrite it. Written in the file's transaction, beside the rows.
 */
@Repository
public class ListDates {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	ListDates(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest list a table's rows came from: its date and file. */
	public record Newest(LocalDate asAt, String sourceFile) {
	}

	/** The natural keys of the table's rows that came from a list newer than {@code asAt}, with that list. */
	public Map<String, Newest> newerThan(String table, LocalDate asAt) {
		Map<String, Newest> found = new HashMap<>();
		jdbc.query("select nk, as_at, source_file from feed_list_as_at where table_name = ? and as_at > ?",
				rs -> {
					found.put(rs.getString(1), new Newest(rs.getObject(2, LocalDate.class), rs.getString(3)));
				}, table, asAt);
		return found;
	}

	/** Records that these rows (by natural key) now stand as the list of {@code asAt} says them. */
	public void stored(String table, List<String> keys, LocalDate asAt, String sourceFile) {
		for (int from = 0; from < keys.size(); from += BATCH) {
			List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
			jdbc.batchUpdate("delete from feed_list_as_at where table_name = ? and nk = ?",
					batch.stream().map(k -> new Object[] { table, k }).toList());
			jdbc.batchUpdate("insert into feed_list_as_at (table_name, nk, as_at, source_file) values (?, ?, ?, ?)",
					batch.stream().map(k -> new Object[] { table, k, asAt, sourceFile }).toList(),
					new int[] { Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR });
		}
	}

	/**
	 * Keeps an older list's rows in the table's history, as versions that a newer list's rows replaced:
	 * their judgements are still earlier inspections, and nothing of them is lost.
	 *
	 * @param rows each row's typed values in the table's column order, then its natural key and line
	 */
	public void keepInHistory(FeedTable table, List<Object[]> rows, String sourceFile, long runId, LocalDate asOf) {
		int n = table.columns().size();
		String cols = String.join(", ", table.columns());
		String sql = "insert into " + table.table() + "_history (nk, " + cols + ", source_file, source_line, row_hash,"
				+ " first_seen_run, last_seen_run, stored_run, stored_as_of, replaced_run, replaced_as_of) values ("
				+ "?, ".repeat(n + 9) + "?)";
		int[] types = new int[n + 10];
		types[0] = Types.VARCHAR;
		System.arraycopy(table.sqlTypes(), 0, types, 1, n);
		int[] tail = { Types.VARCHAR, Types.BIGINT, Types.CHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.DATE,
				Types.BIGINT, Types.DATE };
		System.arraycopy(tail, 0, types, n + 1, tail.length);
		List<Object[]> batch = new ArrayList<>();
		for (Object[] row : rows) {
			Object[] values = Arrays.copyOf(row, n);
			Object[] args = new Object[n + 10];
			args[0] = row[n];
			System.arraycopy(values, 0, args, 1, n);
			Object[] rest = { sourceFile, row[n + 1], FeedTableWriter.hash(values), runId, runId, runId, asOf, runId, asOf };
			System.arraycopy(rest, 0, args, n + 1, rest.length);
			batch.add(args);
			if (batch.size() >= BATCH) {
				jdbc.batchUpdate(sql, batch, types);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			jdbc.batchUpdate(sql, batch, types);
		}
	}
}
