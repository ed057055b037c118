package uk.placewise.store;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger of inbox files each run has seen, in {@code ingest_file}. */
@Repository
public class IngestLedger {

	private final JdbcClient jdbc;

	IngestLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records (or, on a restarted run, replaces) what became of a file. */
	public void record(long runId, IngestedFile file) {
		jdbc.sql("delete from ingest_file where run_id = ? and file_name = ?").params(runId, file.fileName()).update();
		jdbc.sql("""
				insert into ingest_file (run_id, file_name, sha256, feed, status, rows_read, rows_accepted,
				    rows_rejected, rows_unchanged, millis, message)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(runId, file.fileName(), file.sha256(), file.feed(), file.status(), file.rowsRead(),
					file.rowsAccepted(), file.rowsRejected(), file.rowsUnchanged(), file.millis(), file.message())
			.update();
	}

	public List<IngestedFile> filesForRun(long runId) {
		return jdbc.sql("""
				select file_name, sha256, feed, status, rows_read, rows_accepted, rows_rejected, rows_unchanged,
				       millis, message
				from ingest_file where run_id = ? order by file_name""")
			.param(runId)
			.query((rs, n) -> new IngestedFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getLong(9), rs.getString(10)))
			.list();
	}

	/** True when an earlier run (or this one) fully ingested a file with this content. */
	public boolean alreadyIngested(String sha256) {
		return jdbc.sql("select count(*) from ingest_file where sha256 = ? and status = 'ingested'")
			.param(sha256)
			.query(Integer.class)
			.single() > 0;
	}

	/** The most recent ledger row of a file with this content that was ingested, if any. */
	public java.util.Optional<IngestedFile> lastIngested(String sha256) {
		return jdbc.sql("""
				select file_name, sha256, feed, status, rows_read, rows_accepted, rows_rejected, rows_unchanged,
				       millis, message
				from ingest_file where sha256 = ? and status = 'ingested' order by run_id desc""")
			.param(sha256)
			.query((rs, n) -> new IngestedFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getLong(9), rs.getString(10)))
			.list()
			.stream()
			.findFirst();
	}

	/** The run that ingested a file with this content, for the message of a re-delivery. */
	public long runThatIngested(String sha256) {
		return jdbc.sql("select min(run_id) from ingest_file where sha256 = ? and status = 'ingested'")
			.param(sha256)
			.query(Long.class)
			.single();
	}
}
