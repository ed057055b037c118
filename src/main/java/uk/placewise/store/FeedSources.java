package uk.placewise.store;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each feed's current rows came from ({@code feed_source}): the contents whose rows still stand.
 * Ingest asks it whether a file may be skipped as unchanged, instead of asking whether the content was
 * ever seen: after A, then a corrected B, then A again, A no longer stands (B changed its rows), so A is
 * read again and its values are back. Written in the file's transaction, so it never disagrees with the
 * rows.
 */
@Repository
public class FeedSources {

	private final JdbcClient jdbc;

	FeedSources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Content that stands for a feed: what it was read with, and that ingest's counts. */
	public record Standing(String feed, String definition, String fileName, long runId, int rowsRead,
			int rowsAccepted, int rowsRejected) {
	}

	/** The feed whose rows this content's still are, if any (the latest, should two feeds hold it). */
	public Optional<Standing> standing(String sha256) {
		return jdbc.sql("""
				select feed, definition, file_name, run_id, rows_read, rows_accepted, rows_rejected
				from feed_source where sha256 = ? order by run_id desc, feed""")
			.param(sha256)
			.query((rs, n) -> new Standing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7)))
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Records that a file's rows were stored. When it changed stored rows, no other content of the feed
	 * stands any more: some of their rows may now hold this file's values.
	 */
	public void stored(String sha256, Standing standing, boolean changedRows) {
		if (changedRows) {
			jdbc.sql("delete from feed_source where feed = ?").param(standing.feed()).update();
		}
		else {
			jdbc.sql("delete from feed_source where feed = ? and sha256 = ?").params(standing.feed(), sha256).update();
		}
		jdbc.sql("""
				insert into feed_source (feed, sha256, definition, file_name, run_id, rows_read, rows_accepted,
				    rows_rejected)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(standing.feed(), sha256, standing.definition(), standing.fileName(), standing.runId(),
					standing.rowsRead(), standing.rowsAccepted(), standing.rowsRejected())
			.update();
	}
}
