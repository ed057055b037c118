package uk.placewise.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.placewise.TestFolders;

/**
 * A second nightly started against a data folder while a first is running (a scheduler firing twice, an
 * operator re-running a slow night) stops at once, names the run in the way, and writes nothing; the
 * first finishes as if it had been alone.
 */
class CrashConcurrentRunIntegrationTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	final Path dir = TestFolders.fresh(CrashConcurrentRunIntegrationTests.class);

	final ProcessStore store = new ProcessStore(dir.resolve("store"));

	final Path inbox = Path.of("jobs", "sample-inbox").toAbsolutePath();

	@Test
	void aSecondRunOnTheSameDataFolderExitsAtOnceNamingTheRunningOneAndTheFirstCompletes() throws Exception {
		// given a first run, held in the middle of its assessment
		Files.createDirectories(store.out);
		NightlyProcess first = NightlyProcess.start(inbox, store.out, AS_OF, "assess", store.args)
			.awaitPause("assess", Duration.ofMinutes(3));
		// when
		NightlyProcess second = NightlyProcess.start(inbox, store.out, AS_OF, null, store.args);
		int secondExit = second.awaitExit(Duration.ofMinutes(2));
		// then it failed at once, while the first was still held, and said why
		Timings.report("second run refused", second.elapsed());
		assertThat(secondExit).as(second.output()).isEqualTo(1);
		assertThat(first.isAlive()).isTrue();
		assertThat(second.stderr()).contains("placewise nightly: failed: another Placewise run is using")
			.contains("'placewise nightly' as of 2026-11-20 started")
			.contains("pid " + first.pid())
			.contains("this run did nothing");
		assertThat(OutputsFolder.exact(store.out)).isEmpty();
		// and when the first goes on, it completes as if alone
		first.release();
		assertThat(first.awaitExit(Duration.ofMinutes(5))).as(first.output()).isZero();
		Timings.report("first run, held at assess, then completed", first.elapsed());
		assertThat(first.stdout()).contains("placewise nightly: ok: run 1 as of 2026-11-20, 18 files");
		assertThat(OutputsFolder.exact(store.out)).containsKeys("run-summary.json", "provider-risk.csv",
				"visit-schedule.csv", "visit-schedule.ics", "visit-schedule.pdf", "panel-flags.csv");
		assertThat(OutputsFolder.hidden(store.out)).isEmpty();
		assertThat(store.single("select count(*) from batch_job_execution")).isEqualTo(1);
		assertThat(store.single("select count(*) from ingest_file")).isEqualTo(18);
	}
}
