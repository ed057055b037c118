package uk.placewise.store;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The warnings of each run's inbox files, in {@code ingest_warning}, beside the ledger. */
@Repository
public class IngestWarnings {

	private final JdbcClient jdbc;

	IngestWarnings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records (or, on a restarted run, replaces) a file's warnings. */
	public void record(long runId, String fileName, List<IngestWarning> warnings) {
		jdbc.sql("delete from ingest_warning where run_id = ? and file_name = ?").params(runId, fileName).update();
		int seq = 0;
		for (IngestWarning w : warnings) {
			jdbc.sql("insert into ingest_warning (run_id, file_name, seq, kind, brief, message) values (?, ?, ?, ?, ?, ?)")
				.params(runId, fileName, seq++, w.kind(), w.brief(), w.message())
				.update();
		}
	}

	/** A file's warnings in an earlier run, for a file delivered again unchanged: they still stand. */
	public List<IngestWarning> forFile(long runId, String fileName) {
		return jdbc.sql("select file_name, kind, brief, message from ingest_warning where run_id = ? and file_name = ? order by seq")
			.params(runId, fileName)
			.query((rs, n) -> new IngestWarning(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	public List<IngestWarning> forRun(long runId) {
		return jdbc.sql("select file_name, kind, brief, message from ingest_warning where run_id = ? order by file_name, seq")
			.param(runId)
			.query((rs, n) -> new IngestWarning(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}
}
