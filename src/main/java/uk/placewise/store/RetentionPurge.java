package uk.placewise.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Purges children's records kept longer than the retention period, from the feed tables and their
 * history. A child's record goes as a whole, never piecemeal: when the child is no longer looked after
 * (no episode without an end date, no cost without an end date) and the last date anything about them
 * happened (an episode's DEC, a missing episode's end, an SDQ, a review, a return interview, a cost's end) is
 * more than the retention period before the as-of date. A child still looked after is never purged.
 */
@Repository
public class RetentionPurge {

	/** The children's tables, in the order the summary lists them. */
	public static final List<String> TABLES = List.of("ssda903_header", "ssda903_episode", "ssda903_missing",
			"ssda903_oc2", "return_interview", "placement_cost", "ssda903_review");

	private static final int CHUNK = 500;

	private final JdbcTemplate jdbc;

	RetentionPurge(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a purge removed: the children and, per table (and its _history), the rows; and the earliest
	 * last-fact date of a child kept who is not looked after (null when there is none): until the cutoff
	 * passes it, or an ingest changes the store, no purge can find anyone (RetentionLedger).
	 */
	public record Purged(LocalDate cutoff, Set<String> children, Map<String, Integer> rows, LocalDate nextExpiry) {

		public int total() {
			return rows.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	/** Purges every child whose record ended before {@code asOf} minus {@code years}. */
	public Purged purge(LocalDate asOf, int years) {
		if (years < 1) {
			throw new IllegalArgumentException("placewise.retention.years must be at least 1, not " + years);
		}
		LocalDate cutoff = asOf.minusYears(years);
		Expiry expiry = expiry(cutoff);
		Set<String> children = expiry.expired();
		Map<String, Integer> rows = new LinkedHashMap<>();
		for (String table : TABLES) {
			rows.put(table, delete(table, children));
			rows.put(table + "_history", delete(table + "_history", children));
		}
		return new Purged(cutoff, Collections.unmodifiableSet(children), rows, expiry.next());
	}

	/** Nothing purged: what a night on which nothing can have aged out reports (RetentionLedger). */
	public static Purged nothing(LocalDate asOf, int years, LocalDate nextExpiry) {
		Map<String, Integer> rows = new LinkedHashMap<>();
		for (String table : TABLES) {
			rows.put(table, 0);
			rows.put(table + "_history", 0);
		}
		return new Purged(asOf.minusYears(years), Set.of(), rows, nextExpiry);
	}

	/** The children expired at a cutoff, and the earliest last date of those kept who are not looked after. */
	record Expiry(Set<String> expired, LocalDate next) {
	}

	/** Children not looked after whose last dated fact is before the cutoff, and the next to expire. */
	private Expiry expiry(LocalDate cutoff) {
		Map<String, LocalDate> last = new HashMap<>();
		Set<String> current = new TreeSet<>();
		// an episode without DEC is a child in care; a cost without an end date is a placement still paid for
		jdbc.query("select child, dec, decom from ssda903_episode", (ResultSet rs) -> {
			fold(last, rs.getString(1), latest(date(rs, 2), date(rs, 3)));
			markCurrent(current, rs.getString(1), date(rs, 2) == null);
		});
		jdbc.query("select child, end_date, start_date from placement_cost", (ResultSet rs) -> {
			fold(last, rs.getString(1), latest(date(rs, 2), date(rs, 3)));
			markCurrent(current, rs.getString(1), date(rs, 2) == null);
		});
		jdbc.query("select child, mis_end, mis_start from ssda903_missing",
				(ResultSet rs) -> fold(last, rs.getString(1), latest(date(rs, 2), date(rs, 3))));
		jdbc.query("select child, review from ssda903_review", (ResultSet rs) -> fold(last, rs.getString(1), date(rs, 2)));
		jdbc.query("select child, completed_date, offered_date, mis_start from return_interview",
				(ResultSet rs) -> fold(last, rs.getString(1), latest(date(rs, 2), latest(date(rs, 3), date(rs, 4)))));
		// an SDQ is dated 31 March of its return year, else its own date, else when it was stored (as ChildFacts)
		jdbc.query("select child, return_year, sdq_date, stored_as_of from ssda903_oc2", (ResultSet rs) -> {
			LocalDate dated = rs.getObject(2) != null ? LocalDate.of(rs.getInt(2), 3, 31)
					: date(rs, 3) != null ? date(rs, 3) : date(rs, 4);
			fold(last, rs.getString(1), dated);
		});
		Set<String> expired = new TreeSet<>();
		LocalDate next = null;
		for (Map.Entry<String, LocalDate> child : last.entrySet()) {
			LocalDate date = child.getValue();
			if (current.contains(child.getKey())) {
				continue;
			}
			if (date.isBefore(cutoff)) {
				expired.add(child.getKey());
			}
			else if (next == null || date.isBefore(next)) {
				next = date;
			}
		}
		return new Expiry(expired, next);
	}

	private static void fold(Map<String, LocalDate> last, String child, LocalDate date) {
		if (child != null && date != null) {
			last.merge(child, date, RetentionPurge::latest);
		}
	}

	private static void markCurrent(Set<String> current, String child, boolean open) {
		if (child != null && open) {
			current.add(child);
		}
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	private int delete(String table, Set<String> children) {
		List<String> all = new ArrayList<>(children);
		int deleted = 0;
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
			deleted += jdbc.update("delete from " + table + " where child in (" + marks + ")", chunk.toArray());
		}
		return deleted;
	}
}
