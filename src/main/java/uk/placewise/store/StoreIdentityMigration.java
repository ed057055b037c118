package uk.placewise.store;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * V15: the store's identity, a random UUID written once, when the schema is made (or when a store made
 * before V15 is first migrated), and never again. Every run-summary.json carries it, so a run can tell
 * "--out was written by this store" from "by a store that was lost, replaced or swapped" (issue 15).
 * Java rather than SQL because the UUID is made here, the same way on H2 and PostgreSQL; the table
 * and its one row are made in one migration, which PostgreSQL runs in one transaction.
 */
final class StoreIdentityMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("15");
	}

	@Override
	public String getDescription() {
		return "store identity";
	}

	@Override
	public Integer getChecksum() {
		return 15;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement create = context.getConnection().createStatement()) {
			create.execute("create table store_identity (store_id varchar(36) not null primary key, "
					+ "created_at timestamp not null)");
		}
		try (PreparedStatement insert = context.getConnection()
			.prepareStatement("insert into store_identity (store_id, created_at) values (?, ?)")) {
			insert.setString(1, UUID.randomUUID().toString());
			// when the store was made: a timestamp for the operator, not date logic
			insert.setTimestamp(2, Timestamp.from(Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS)));
			insert.executeUpdate();
		}
	}
}
