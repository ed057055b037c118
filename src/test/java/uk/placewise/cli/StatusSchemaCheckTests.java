package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.store.H2StoreFile;
import uk.placewise.store.SchemaUpgrade;
import uk.placewise.store.StoreSchema;

/**
 * {@code placewise status} refuses a store that the next nightly's Flyway would refuse (an applied
 * migration changed since) or that has lost a table its migrations made, on real H2 stores made here.
 */
class StatusSchemaCheckTests {

	static final String[] MIGRATIONS = { "classpath:db/migration" };

	@TempDir
	Path dir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int status() {
		Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				clock)
			.run(new String[] { "status", "--placewise.data-dir=" + dir.resolve("data") });
	}

	String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	H2StoreFile store() {
		return H2StoreFile.of("jdbc:h2:file:" + dir.resolve("data/placewise")).orElseThrow();
	}

	void newStore() {
		SchemaUpgrade.prepare(store(), "placewise", "", MIGRATIONS, p -> {
		});
	}

	void sql(String statement) throws Exception {
		try (Connection c = DriverManager.getConnection(store().url(), "placewise", ""); Statement st = c.createStatement()) {
			st.execute(statement);
		}
	}

	@Test
	void anAppliedMigrationWhoseChecksumChangedIsUnusableNamingIt() throws Exception {
		newStore();
		sql("update \"flyway_schema_history\" set \"checksum\" = 12345 where \"version\" = '2'");
		assertThat(status()).as(err()).isEqualTo(1);
		assertThat(err()).contains("placewise status: failed: ")
			.contains("Flyway refuses")
			.contains("Migration checksum mismatch for migration version 2");
	}

	@Test
	void aDroppedTableIsUnusableNamingIt() throws Exception {
		newStore();
		sql("drop table ingest_warning");
		assertThat(status()).as(err()).isEqualTo(1);
		assertThat(err()).contains("placewise status: failed: ").contains("ingest_warning").contains("missing");
	}

	@Test
	void anOlderSchemaMissesOnlyTheTablesOfItsPendingMigrationsAndIsUsable() throws Exception {
		StoreSchema.configure(Flyway.configure().dataSource(store().url(), "placewise", "").locations(MIGRATIONS).target("11"),
				p -> {
				}).load().migrate();
		assertThat(status()).as(err()).isZero();
	}

	@Test
	void aWholeStoreIsUsable() {
		newStore();
		assertThat(status()).as(err()).isZero();
	}

	@Test
	void anOutThatIsAFileIsSaidToBeOne() throws Exception {
		newStore();
		Path file = java.nio.file.Files.writeString(dir.resolve("out.csv"), "not a folder");
		Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
		int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				clock)
			.run(new String[] { "status", "--placewise.data-dir=" + dir.resolve("data"), "--out", file.toString() });
		assertThat(exit).isEqualTo(1);
		assertThat(err()).contains("--out " + file + " is a file, not a folder");
	}
}
