package uk.placewise.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far the store's facts have moved, as the ingest ledger tells it: only ingest writes feed rows
 * (and never deletes one), and each run's ledger says per file whether it took a new or changed row.
 */
@Component
public class StoreGeneration {

	private final JdbcClient jdbc;

	StoreGeneration(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest run that ingested a new or changed row, 0 when none has. */
	public long lastIngestChange() {
		return jdbc.sql("select coalesce(max(run_id), 0) from ingest_file where rows_accepted > rows_unchanged")
			.query(Long.class)
			.single();
	}

	/**
	 * The ledger's changed files summed up (how many, the latest run, the rows): equal at two moments only
	 * when no ingest in between took a new or changed row, a restarted run's included.
	 */
	public String ingestSignature() {
		return jdbc.sql("""
				select count(*), coalesce(max(run_id), 0), coalesce(sum(rows_accepted - rows_unchanged), 0)
				from ingest_file where rows_accepted > rows_unchanged""")
			.query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3))
			.single();
	}
}
