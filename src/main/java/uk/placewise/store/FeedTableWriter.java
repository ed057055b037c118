package uk.placewise.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Upserts one file's rows by natural key, writing only what changed (issue 17). The table's stored row
 * hashes are read once into a compact set ({@link RowHashSet}); a row whose hash is in it is stored as it
 * comes and is only counted (the hash is of every typed value, the key's too). The other rows are looked
 * up by key, batch by batch, and only they are written ({@link DeltaWriter}): new rows inserted, a changed
 * row's old version copied into the history table before it is updated. Nothing is ever deleted, and an
 * unchanged row is not touched: its {@code last_seen_run} stays the run that last stored or changed it.
 *
 * <p>The set is bounded ({@link #MAX_CACHED} rows, about 50 MB): past that, or when a key column is a
 * decimal (1.50 and 1.5 hash alike but are two keys), every row is looked up by key instead.
 */
public final class FeedTableWriter {

	private static final int BATCH = 1000;

	/** About 50 MB of hashes: more than any council's table holds, bounded for any table. */
	static final int MAX_CACHED = 1_500_000;

	private static final char SEP = '\u001f';

	private final JdbcTemplate jdbc;

	private final FeedTable table;

	/** The table's row hashes when the file was opened, or null: every row is looked up. */
	private final RowHashSet stored;

	/** The table held no row when the file was opened: a key this file has not repeated is new. */
	private final boolean storedEmpty;

	private final DeltaWriter delta;

	/** Rows not known unchanged, by key: their values, then line and hash. */
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
		this.jdbc = jdbc;
		this.table = table;
		this.delta = new DeltaWriter(jdbc, table, sourceFile, runId, asOf);
		this.keyIndex = table.key().stream().mapToInt(table.columns()::indexOf).toArray();
		Integer rows = jdbc.queryForObject("select count(*) from " + table.table(), Integer.class);
		this.storedEmpty = rows == null || rows == 0;
		boolean decimalKey = Arrays.stream(keyIndex)
			.anyMatch(i -> table.sqlTypes()[i] == Types.NUMERIC || table.sqlTypes()[i] == Types.DECIMAL);
		if (rows != null && rows <= maxCached && !decimalKey) {
			RowHashSet hashes = new RowHashSet(rows);
			jdbc.query(con -> {
				PreparedStatement select = con.prepareStatement("select row_hash from " + table.table());
				select.setFetchSize(10_000);
				return select;
			}, rs -> {
				hashes.add(rs.getString(1).trim());
			});
			this.stored = hashes;
		}
		else {
			this.stored = null;
		}
	}

	/** The stored hashes of these keys, looked up by primary key. */
	private Map<String, String> lookUp(Collection<String> keys) {
		Map<String, String> found = new HashMap<>();
		jdbc.query("select nk, row_hash from " + table.table() + " where nk in (" + DeltaWriter.marks(keys.size()) + ")",
				rs -> {
					found.put(rs.getString(1), rs.getString(2).trim());
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
		if (earlier != null) {
			// the earlier row is written first: what is stored for the key is then that row
			flush();
			String before = lookUp(List.of(key)).get(key);
			store(key, values, line, hash, before);
			delta.write();
			return new Repeat(earlier, hash.equals(before));
		}
		if (stored != null && unambiguous(values) && stored.contains(hash)) {
			unchanged++;
			return null;
		}
		Object[] row = Arrays.copyOf(values, values.length + 2);
		row[values.length] = line;
		row[values.length + 1] = hash;
		pending.put(key, row);
		if (pending.size() >= BATCH) {
			flush();
		}
		return null;
	}

	/**
	 * True when no text value holds the separator the hash joins values with: only then does a hash name
	 * one key ({@code "CN1\u001fSC1", "X"} and {@code "CN1", "SC1\u001fX"} hash alike), so that a row found
	 * in the set is this key's. Such a row is looked up by its key instead.
	 */
	private static boolean unambiguous(Object[] values) {
		for (Object v : values) {
			if (v instanceof String text && text.indexOf(SEP) >= 0) {
				return false;
			}
		}
		return true;
	}

	/** Writes what is pending and returns the counts for the whole file. */
	public StoreCounts finish() {
		flush();
		return new StoreCounts(inserted, changed, unchanged);
	}

	private void flush() {
		if (pending.isEmpty()) {
			return;
		}
		Map<String, String> known = storedEmpty ? Map.of() : lookUp(pending.keySet());
		int n = table.columns().size();
		for (Map.Entry<String, Object[]> e : pending.entrySet()) {
			Object[] row = e.getValue();
			store(e.getKey(), Arrays.copyOf(row, n), (Long) row[n], (String) row[n + 1], known.get(e.getKey()));
		}
		pending.clear();
		delta.write();
	}

	/** Counts the row, and hands it to the delta unless it is stored as it is. */
	private void store(String key, Object[] values, long line, String hash, String before) {
		if (before == null) {
			delta.insert(key, values, line, hash);
			inserted++;
		}
		else if (before.equals(hash)) {
			unchanged++;
		}
		else {
			delta.update(key, values, line, hash);
			changed++;
		}
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
}
