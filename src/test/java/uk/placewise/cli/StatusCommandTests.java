package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import uk.placewise.store.H2StoreFile;
import uk.placewise.store.SchemaUpgrade;
import uk.placewise.store.StoreSchema;

/**
 * {@code placewise status} on real H2 stores made here: what it says, its exit code, and that it never
 * makes, migrates or locks a store. (After a real night: InstalledDistributionIntegrationTests.)
 */
class StatusCommandTests extends StatusHarness {

	static final String[] MIGRATIONS = { "classpath:db/migration" };

	/** This build's migrations, as Flyway finds them (so a new migration does not break these tests). */
	static final org.flywaydb.core.api.MigrationInfo[] ALL = StoreSchema
		.configure(Flyway.configure().dataSource("jdbc:h2:mem:status-migrations", "sa", "").locations(MIGRATIONS), p -> {
		})
		.load()
		.info()
		.all();

	static final String LATEST = ALL[ALL.length - 1].getVersion().getVersion();

	static long after(String version) {
		return java.util.Arrays.stream(ALL)
			.filter(m -> m.getVersion().compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion(version)) > 0)
			.count();
	}

	H2StoreFile store() {
		return H2StoreFile.of("jdbc:h2:file:" + dir.resolve("data/placewise")).orElseThrow();
	}

	void sql(String statement) throws Exception {
		try (Connection c = DriverManager.getConnection(store().url(), "placewise", ""); Statement st = c.createStatement()) {
			st.execute(statement);
		}
	}

	@Test
	void noStoreIsUnusableAndStatusMakesNone() {
		assertThat(status()).isEqualTo(1);
		assertThat(err()).contains("placewise status: failed: there is no store at " + store().file());
		assertThat(dir.resolve("data")).doesNotExist();
	}

	@Test
	void aStoreWithNoRunsYetIsOkWithItsIdentityAndSchema() {
		SchemaUpgrade.prepare(store(), "placewise", "", MIGRATIONS, p -> {
		});
		assertThat(status()).isZero();
		assertThat(out()).contains("Schema:     version " + LATEST + " (this build's latest)", "Runs:       none yet",
				"Run lock:   free")
			.containsPattern("Identity:   [0-9a-f-]{36}, made ")
			.containsPattern("placewise status: ok: store [0-9a-f-]{36}, schema " + LATEST + ", 0 runs; no run is holding the lock; no run has assessed yet");
	}

	@Test
	void anOlderSchemaIsReportedPendingAndLeftUnmigrated() throws Exception {
		Flyway flyway = StoreSchema.configure(Flyway.configure().dataSource(store().url(), "placewise", "")
			.locations(MIGRATIONS).target("12"), p -> {
			}).load();
		flyway.migrate();
		assertThat(status()).isZero();
		assertThat(out()).contains("Schema:     version 12, " + after("12") + " migration(s) to " + LATEST + " pending");
		assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("12");
	}

	@Test
	void aStoreMigratedByANewerReleaseIsUnusable() throws Exception {
		SchemaUpgrade.prepare(store(), "placewise", "", MIGRATIONS, p -> {
		});
		sql("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
				+ "\"checksum\", \"installed_by\", \"execution_time\", \"success\") values (99, '99', 'from the future', 'SQL', "
				+ "'V99__from_the_future.sql', 0, 'placewise', 1, true)");
		assertThat(status()).isEqualTo(1);
		assertThat(err()).contains("the store's schema is version 99, newer than this build of Placewise knows (up to " + LATEST + ")");
	}

	@Test
	void aDatabaseThatIsNotAPlacewiseStoreIsUnusable() throws Exception {
		sql("create table invoices (id int)");
		assertThat(status()).isEqualTo(1);
		assertThat(err()).contains("the store has tables but no Placewise schema history");
	}

	@Test
	void aTruncatedStoreFileIsUnusable() throws Exception {
		Files.createDirectories(dir.resolve("data"));
		Files.createFile(store().file());
		assertThat(status()).isEqualTo(1);
		assertThat(err()).contains("is damaged: it is empty (0 bytes)");
		assertThat(Files.size(store().file())).isZero();
	}

	@Test
	void anOutWrittenByAnotherStoreIsUnusable() throws Exception {
		SchemaUpgrade.prepare(store(), "placewise", "", MIGRATIONS, p -> {
		});
		Path outDir = Files.createDirectories(dir.resolve("out"));
		Files.writeString(outDir.resolve("run-summary.json"), """
				{"run_id": 7, "store_id": "00000000-0000-0000-0000-000000000007", "as_of": "2026-11-19",
				 "verdict": {"result": "ok", "exit_code": 0}, "totals": {"files": 3}, "warnings": []}""");
		assertThat(status("--out", outDir.toString())).isEqualTo(1);
		assertThat(out()).contains("run 7 as of 2026-11-19, ok (exit 0), 3 files",
				"written by store 00000000-0000-0000-0000-000000000007, not this one");
		assertThat(err()).contains("nightly refuses it");
	}

	@Test
	void anOutWhosePublishingByAnotherStoreWasKilledIsUnusable() throws Exception {
		SchemaUpgrade.prepare(store(), "placewise", "", MIGRATIONS, p -> {
		});
		Path outDir = Files.createDirectories(dir.resolve("out"));
		Files.writeString(outDir.resolve(".placewise-store"), "00000000-0000-0000-0000-000000000007\n");
		assertThat(status("--out", outDir.toString())).isEqualTo(1);
		assertThat(out()).contains("holds no run-summary.json: a night of store 00000000-0000-0000-0000-000000000007 was "
				+ "stopped while publishing");
		assertThat(err()).contains("nightly refuses it");
	}

	@Test
	void anOutWhosePublishingByThisStoreWasKilledIsFine() throws Exception {
		SchemaUpgrade.prepare(store(), "placewise", "", MIGRATIONS, p -> {
		});
		String id;
		try (Connection c = DriverManager.getConnection(store().url(), "placewise", "");
				java.sql.ResultSet rs = c.createStatement().executeQuery("select store_id from store_identity")) {
			rs.next();
			id = rs.getString(1);
		}
		Path outDir = Files.createDirectories(dir.resolve("out"));
		Files.writeString(outDir.resolve(".placewise-store"), id + "\n");
		assertThat(status("--out", outDir.toString())).isZero();
		assertThat(out()).contains("this store's: the next nightly publishes again");
	}

	@Test
	void aRulesFolderThatCannotBeReadNeedsAttentionButTheStoreIsUsable() {
		SchemaUpgrade.prepare(store(), "placewise", "", MIGRATIONS, p -> {
		});
		assertThat(status("--placewise.rules=" + dir.resolve("no-rules"))).isZero();
		assertThat(out()).contains("placewise status: attention:", "the rules folder cannot be read: the next nightly fails");
	}

	@Test
	void aRunLockThatIsNotARegularFileNeedsAttentionNamingIt() throws Exception {
		SchemaUpgrade.prepare(store(), "placewise", "", MIGRATIONS, p -> {
		});
		Path lock = dir.resolve("data/placewise.lock");
		java.nio.file.Files.deleteIfExists(lock);
		java.nio.file.Files.createSymbolicLink(lock, dir.resolve("elsewhere"));
		assertThat(status()).isZero();
		assertThat(out()).contains("placewise status: attention:", "the run lock " + lock
				+ " is not a regular file (it is a symbolic link): remove it (every run refuses it until then)");
	}

	@Test
	void statusTakesNoOtherOption() {
		assertThat(status("--inbox", "in")).isEqualTo(2);
		assertThat(err()).contains("unknown option --inbox for 'status'");
	}
}
