package uk.placewise.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import uk.placewise.TestFolders;
import uk.placewise.cli.InThisJvm;

/**
 * Issue 15 case 5: a process killed (SIGKILL) half-way through a schema change. H2 does not roll DDL
 * back, so before this every later run failed with {@code Table ... already exists}. Killed after the
 * first statement of a migration - on a store's first start, and when a release adds a migration to a
 * store with history - the store is as it was before the migration began, and the next start makes it
 * whole and runs the night. On H2 the migration runs on a copy swapped in whole (store/SchemaUpgrade);
 * on PostgreSQL each migration is one transaction.
 *
 * <p>The store with a night of history the second test needs is the first test's, once that test has
 * made it whole and run its night (one process fewer, about 6 s of CPU); run alone, or after the first
 * test failed, the second runs that night on a store of its own. The killed starts are processes
 * ({@link NightlyProcess}); the starts after them run in this JVM ({@link NightInThisJvm}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashMigrationIntegrationTests {

	static final Duration PAUSE = Duration.ofMinutes(3);

	static final LocalDate NIGHT_1 = LocalDate.of(2026, 11, 19);

	static final LocalDate NIGHT_2 = LocalDate.of(2026, 11, 20);

	final Path dir = TestFolders.fresh(CrashMigrationIntegrationTests.class);

	final Path inbox = Path.of("jobs", "sample-inbox").toAbsolutePath();

	/** The first test's store, set once it has run night 1 to the end and passed; else null. */
	private ProcessStore madeWhole;

	@Test
	@Order(1)
	void aFirstStartKilledHalfWayThroughMakingTheSchemaLeavesNoStoreAndTheNextStartMakesIt() throws Exception {
		// given a new store's first night, held after the first statement of V1_2 (the history tables)
		ProcessStore store = new ProcessStore(dir.resolve("first-start"));
		Files.createDirectories(store.out);
		NightlyProcess run = NightlyProcess.start(inbox, store.out, NIGHT_1, "migrate-1.2", store.args)
			.awaitPause("migrate-1.2", PAUSE);
		// when
		run.kill();
		// then there is no store yet, only the half-made copy it was being made in
		Timings.report("first start killed in V1_2", run.elapsed());
		if (!TestFolders.onPostgres()) {
			assertThat(store.dir.resolve("data/placewise.mv.db")).doesNotExist();
			assertThat(store.dir.resolve("data/placewise-migrating.mv.db")).exists();
		}
		assertThat(OutputsFolder.exact(store.out)).isEmpty();
		// and when it starts again
		InThisJvm.Result again = NightInThisJvm.run(inbox, store.out, NIGHT_1, store.args, "the next start");
		// then
		assertThat(again.exit()).as(again.output()).isZero();
		assertThat(again.stdout()).contains("placewise nightly: ok: run 1 as of 2026-11-19, 18 files");
		assertThat(store.dir.resolve("data/placewise-migrating.mv.db")).doesNotExist();
		assertThat(store.single("select count(*) from ingest_file where status = 'ingested'")).isEqualTo(18);
		assertThat(store.single("select count(*) from store_identity")).isEqualTo(1);
		madeWhole = store;
	}

	@Test
	@Order(2)
	void aReleasesMigrationKilledHalfWayLeavesTheStoreWithItsHistoryAndTheNextStartMigratesIt() throws Exception {
		// given a store with a night of history, and a release that adds a migration of two statements
		ProcessStore store = madeWhole != null ? madeWhole : storeWithNight1(dir.resolve("release"));
		Map<String, Long> before = store.counts();
		Map<String, String> published = OutputsFolder.exact(store.out);
		Path release = Files.createDirectories(dir.resolve("release-migrations"));
		Files.writeString(release.resolve("V99__release_adds_two_tables.sql"),
				"create table release_one (x integer);\ncreate table release_two (x integer);\n");
		List<String> withRelease = new ArrayList<>(store.args);
		withRelease.add("--spring.flyway.locations=classpath:db/migration,filesystem:" + release);
		NightlyProcess run = NightlyProcess.start(inbox, store.out, NIGHT_2, "migrate-99", withRelease)
			.awaitPause("migrate-99", PAUSE);
		// when
		run.kill();
		// then the store is as night 1 left it, and so is --out
		Timings.report("release migration killed half-way", run.elapsed());
		assertThat(store.counts()).isEqualTo(before);
		assertThatThrownBy(() -> store.single("select count(*) from release_one")).isInstanceOf(SQLException.class);
		assertThat(OutputsFolder.exact(store.out)).isEqualTo(published);
		// and when the release starts again
		InThisJvm.Result again = NightInThisJvm.run(inbox, store.out, NIGHT_2, withRelease, "the release's next start");
		// then
		assertThat(again.exit()).as(again.output()).isZero();
		assertThat(again.stdout()).contains("placewise nightly: ok: run 2 as of 2026-11-20");
		assertThat(store.single("select count(*) from release_one")).isZero();
		assertThat(store.single("select count(*) from release_two")).isZero();
		assertThat(store.single("select count(*) from assessment_run")).isEqualTo(2);
		assertThat(store.single("select count(*) from ingest_file where run_id = 1")).isEqualTo(18);
	}

	/** A new store that has run night 1 to the end. */
	private ProcessStore storeWithNight1(Path storeDir) throws Exception {
		ProcessStore store = new ProcessStore(storeDir);
		Files.createDirectories(store.out);
		InThisJvm.Result night1 = NightInThisJvm.run(inbox, store.out, NIGHT_1, store.args, "night 1");
		assertThat(night1.exit()).as(night1.output()).isZero();
		return store;
	}
}
