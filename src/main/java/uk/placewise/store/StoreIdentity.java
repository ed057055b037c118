package uk.placewise.store;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The store's identity (V15, {@link StoreIdentityMigration}): made once, with the schema. */
@Repository
public class StoreIdentity {

	private final JdbcClient jdbc;

	StoreIdentity(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Over a plain data source, for a command that reads the store without Spring's context. */
	public static StoreIdentity over(javax.sql.DataSource dataSource) {
		return new StoreIdentity(JdbcClient.create(dataSource));
	}

	/** The store's id; a store without exactly one is damaged, and refused. */
	public String id() {
		return identity().id();
	}

	public Identity identity() {
		List<Identity> rows = jdbc.sql("select store_id, created_at from store_identity")
			.query((rs, n) -> new Identity(rs.getString(1), rs.getTimestamp(2).toLocalDateTime()))
			.list();
		if (rows.size() != 1) {
			throw new StoreRefusedException("the store has " + rows.size() + " identities in store_identity (it must have "
					+ "exactly one): it is damaged; restore it from a backup (placewise backup --to FILE makes one)");
		}
		return rows.get(0);
	}

	/** The nightly runs this store has assessed. */
	public long assessedRuns() {
		return jdbc.sql("select count(*) from assessment_run").query(Long.class).single();
	}

	public record Identity(String id, LocalDateTime created) {
	}
}
