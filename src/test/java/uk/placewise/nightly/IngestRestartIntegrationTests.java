package uk.placewise.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import uk.placewise.TestFolders;
import uk.placewise.cli.InThisJvm;

/**
 * Issue 15, case 2: a night killed mid-ingest, an inbox file it had already committed changed before
 * the same night is run again. The restart reads that file again, because its content is not the
 * content this run recorded: a name is not a content. The killed nights are processes
 * ({@link NightlyProcess}); the night after each runs in this JVM ({@link NightInThisJvm}).
 */
class IngestRestartIntegrationTests {

	static final Duration WAIT = Duration.ofMinutes(3);

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	final Path dir = TestFolders.fresh(IngestRestartIntegrationTests.class);

	final ProcessStore store = new ProcessStore(dir.resolve("store"));

	@Test
	void aRestartReadsAgainAFileThatChangedAfterItWasCommitted() throws Exception {
		// given a night killed after its first file (concerns.csv, first by name) was committed
		Path inbox = dir.resolve("inbox");
		FileSystemUtils.copyRecursively(Path.of("jobs", "sample-inbox"), inbox);
		Files.createDirectories(store.out);
		NightlyProcess killed = NightlyProcess.start(inbox, store.out, NIGHT, "ingest", store.args)
			.awaitPause("ingest", WAIT);
		killed.kill();
		assertThat(store.single("select count(*) from ingest_file where run_id = 1")).isOne();
		assertThat(store.single("select count(*) from concern where concern_id = 'CN-RESTART'")).isZero();
		// when the export is replaced with one more row, and the same night is run again
		Files.writeString(inbox.resolve("concerns.csv"), "CN-RESTART,SC900001,19/11/2026,complaint,open,\n",
				StandardOpenOption.APPEND);
		InThisJvm.Result restart = NightInThisJvm.run(inbox, store.out, NIGHT, store.args, "restart");
		// then
		assertThat(restart.exit()).as(restart.output()).isZero();
		assertThat(restart.stdout()).contains("placewise nightly: ok: restarted run 1 as of 2026-11-20");
		assertThat(store.single("select count(*) from concern where concern_id = 'CN-RESTART'")).isOne();
		assertThat(store.rows("select status, rows_accepted from ingest_file where run_id = 1 and file_name = 'concerns.csv'"))
			.singleElement()
			.satisfies(row -> assertThat(row.get(0)).isEqualTo("ingested"));
		assertThat(store.single("select count(*) from ingest_file where run_id = 1")).isEqualTo(18);
	}

	@Test
	void aNightKilledAfterItsIngestWhoseInboxThenChangedIsRunAfreshOnTheNewFiles() throws Exception {
		// given a night killed in its assess step, every file already taken
		Path inbox = dir.resolve("inbox-after-ingest");
		FileSystemUtils.copyRecursively(Path.of("jobs", "sample-inbox"), inbox);
		ProcessStore later = new ProcessStore(dir.resolve("store-after-ingest"));
		Files.createDirectories(later.out);
		NightlyProcess killed = NightlyProcess.start(inbox, later.out, NIGHT, "assess", later.args)
			.awaitPause("assess", WAIT);
		killed.kill();
		// when an export is corrected, and the same night is run again
		Files.writeString(inbox.resolve("concerns.csv"), "CN-AFTER,SC900001,19/11/2026,complaint,open,\n",
				StandardOpenOption.APPEND);
		InThisJvm.Result again = NightInThisJvm.run(inbox, later.out, NIGHT, later.args, "the night again");
		// then it is not a restart of the old files but a night of its own on the new ones
		assertThat(again.exit()).as(again.output()).isZero();
		assertThat(again.stdout()).contains("placewise nightly: ok: run ").doesNotContain("restarted");
		assertThat(later.single("select count(*) from concern where concern_id = 'CN-AFTER'")).isOne();
		assertThat(Files.readString(later.out.resolve("run-summary.json"))).contains(
				OutputsFolder.sha256(Files.readAllBytes(inbox.resolve("concerns.csv"))));
	}
}
