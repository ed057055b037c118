package uk.placewise.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts one file's rows by natural key, in batches. The table's key-to-hash map is read once; a
 * row whose hash is unchanged only has last_seen_run moved on; a changed row's old version is copied
 * into the history table before it is updated. Nothing is ever deleted.
 *
 * <p>The map is bounded ({@link #MAX_CACHED} keys): past that (a table or a file of millions of rows,
 * which under -Xmx1g would run the night out of memory) it is dropped and each batch looks its keys up
 * by the primary key instead.
 */
public final class FeedTableWriter {

	private static final int BATCH = 1000;

	/** About 90 MB of keys and hashes: more than any council's table holds, bounded for any file. */
	static final int MAX_CACHED = 500_000;

	private static final char SEP = '\u001f';

	private final JdbcTemplate jdbc;

	private final FeedTable table;

	private final String sourceFile;

	private final long runId;

	private final LocalDate asOf;

	private Map<String, String> stored = new HashMap<>();

	private final int maxCached;

	private final Map<String, Object[]> pending = new LinkedHashMap<>();

	private final int[] keyIndex;

	/** The line each natural key of this file was last seen on, to name both lines of a duplicate. */
	private final Map<String, Long> linesInFile = new HashMap<>();

	private int inserted;

	private int changed;

	private int unchanged;

	FeedTableWriter(JdbcTemplate jdbc, FeedTable table, String sourceFile, long runId, LocalDate asOf) {
		this(jdbc, table, sourceFile, runId, asOf, MAX_CACHED);
	}

	FeedTableWriter(JdbcTemplate jdbc, FeedTable table, String sourceFile, long runId, LocalDate asOf, int maxCached) {
		this.maxCached = maxCached;
		this.jdbc = jdbc;
		this.table = table;
		this.sourceFile = sourceFile;
		this.runId = runId;
		this.asOf = asOf;
		this.keyIndex = table.key().stream().mapToInt(table.columns()::indexOf).toArray();
		Integer rows = jdbc.queryForObject("select count(*) from " + table.table(), Integer.class);
		if (rows != null && rows <= maxCached) {
			jdbc.query("select nk, row_hash from " + table.table(), rs -> {
				stored.put(rs.getString(1), rs.getString(2));
			});
		}
		else {
			stored = null;
		}
	}

	/** The stored hashes of the pending keys, looked up by primary key (when the map was dropped). */
	private Map<String, String> lookUp() {
		Map<String, String> found = new HashMap<>();
		List<String> keys = new ArrayList<>(pending.keySet());
		jdbc.query("select nk, row_hash from " + table.table() + " where nk in (" + marks(keys.size()) + ")",
				rs -> {
					found.put(rs.getString(1), rs.getString(2));
				}, keys.toArray());
		return found;
	}

	/**
	 * A row whose natural key an earlier row of the same file had: that row's line, and whether the two
	 * rows are the same in every stored value.
	 */
	public record Repeat(long earlierLine, boolean identical) {
	}

	/**
	 * Adds a row: its typed values in the table's column order and the physical line it started on. The
	 * same key twice in one file: the later row wins (it is what the file says last), the earlier is kept
	 * in history; the caller is told, so it can say so.
	 *
	 * @return the earlier row of this file with the same key, or null
	 */
	public Repeat add(Object[] values, long line) {
		String key = naturalKey(values);
		String hash = hash(values);
		Long earlier = linesInFile.put(key, line);
		Repeat repeat = null;
		if (earlier != null) {
			Object[] waiting = pending.get(key);
			String before = waiting != null ? (String) waiting[values.length + 1] : stored.get(key);
			repeat = new Repeat(earlier, hash.equals(before == null ? null : before.trim()));
		}
		if (pending.containsKey(key)) {
			flush();
		}
		Object[] row = Arrays.copyOf(values, values.length + 2);
		row[values.length] = line;
		row[values.length + 1] = hash;
		pending.put(key, row);
		if (pending.size() >= BATCH) {
			flush();
		}
		return repeat;
	}

	/** Writes what is pending and returns the counts for the whole file. */
	public StoreCounts finish() {
		flush();
		return new StoreCounts(inserted, changed, unchanged);
	}

	private void flush() {
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> history = new ArrayList<>();
		List<Object[]> seen = new ArrayList<>();
		int n = table.columns().size();
		if (stored != null && stored.size() + pending.size() > maxCached) {
			stored = null;
		}
		Map<String, String> known = stored != null || pending.isEmpty() ? stored : lookUp();
		for (Map.Entry<String, Object[]> e : pending.entrySet()) {
			Object[] row = e.getValue();
			String hash = (String) row[n + 1];
			String before = stored != null ? stored.put(e.getKey(), hash) : known.get(e.getKey());
			if (before == null) {
				inserts.add(concat(new Object[] { e.getKey() }, Arrays.copyOf(row, n),
						new Object[] { sourceFile, row[n], hash, runId, runId, runId, asOf }));
			}
			else if (before.trim().equals(hash)) {
				seen.add(new Object[] { runId, e.getKey() });
			}
			else {
				history.add(new Object[] { runId, asOf, e.getKey() });
				updates.add(concat(Arrays.copyOf(row, n),
						new Object[] { sourceFile, row[n], hash, runId, runId, asOf, e.getKey() }));
			}
		}
		pending.clear();
		String cols = String.join(", ", table.columns());
		String all = "nk, " + cols + ", source_file, source_line, row_hash, first_seen_run, last_seen_run, stored_run, stored_as_of";
		if (!inserts.isEmpty()) {
			jdbc.batchUpdate("insert into " + table.table() + " (" + all + ") values (" + marks(n + 8) + ")", inserts,
					types(new int[] { Types.VARCHAR }, table.sqlTypes(), new int[] { Types.VARCHAR, Types.BIGINT,
							Types.CHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.DATE }));
		}
		if (!history.isEmpty()) {
			jdbc.batchUpdate("insert into " + table.table() + "_history (" + all + ", replaced_run, replaced_as_of) select "
					+ all + ", ?, ? from " + table.table() + " where nk = ?", history,
					new int[] { Types.BIGINT, Types.DATE, Types.VARCHAR });
		}
		if (!updates.isEmpty()) {
			String set = table.columns().stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
			jdbc.batchUpdate("update " + table.table() + " set " + set + ", source_file = ?, source_line = ?, row_hash = ?,"
					+ " last_seen_run = ?, stored_run = ?, stored_as_of = ? where nk = ?", updates,
					types(table.sqlTypes(), new int[] { Types.VARCHAR, Types.BIGINT, Types.CHAR, Types.BIGINT,
							Types.BIGINT, Types.DATE, Types.VARCHAR }));
		}
		if (!seen.isEmpty()) {
			jdbc.batchUpdate("update " + table.table() + " set last_seen_run = ? where nk = ?", seen,
					new int[] { Types.BIGINT, Types.VARCHAR });
		}
		inserted += inserts.size();
		changed += updates.size();
		unchanged += seen.size();
	}

	private String naturalKey(Object[] values) {
		StringBuilder key = new StringBuilder();
		for (int i = 0; i < keyIndex.length; i++) {
			if (i > 0) {
				key.append(SEP);
			}
			Object v = values[keyIndex[i]];
			key.append(v == null ? "" : v.toString());
		}
		return key.toString();
	}

	/** The hash of the typed values, so a row re-exported with another date format is still unchanged. */
	static String hash(Object[] values) {
		StringBuilder text = new StringBuilder();
		for (Object v : values) {
			text.append(v == null ? "\u0000" : v instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString()
					: v.toString()).append(SEP);
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-1").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String marks(int n) {
		return IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(", "));
	}

	private static Object[] concat(Object[]... parts) {
		return Arrays.stream(parts).flatMap(Arrays::stream).toArray();
	}

	private static int[] types(int[]... parts) {
		return Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
	}
}
