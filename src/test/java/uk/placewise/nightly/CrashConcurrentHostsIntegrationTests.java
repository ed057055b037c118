package uk.placewise.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import uk.placewise.TestFolders;

/**
 * Issue 15 case 11: two runs on one PostgreSQL database from different data folders (two hosts, each
 * with its own run lock file) never write at once: the second is refused by the database's advisory
 * lock, at once, naming the first, and writes nothing; the first completes as if alone.
 */
class CrashConcurrentHostsIntegrationTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	final Path dir = TestFolders.fresh(CrashConcurrentHostsIntegrationTests.class);

	final Path inbox = Path.of("jobs", "sample-inbox").toAbsolutePath();

	@Test
	void aSecondHostOnTheSameDatabaseExitsAtOnceNamingTheRunningOneAndTheFirstCompletes() throws Exception {
		Assumptions.assumeTrue(TestFolders.onPostgres(), "one database shared by two hosts is PostgreSQL's case");
		// given a first run, held in the middle of its assessment
		ProcessStore host1 = new ProcessStore(dir.resolve("host-1"));
		Files.createDirectories(host1.out);
		NightlyProcess first = NightlyProcess.start(inbox, host1.out, AS_OF, "assess", host1.args)
			.awaitPause("assess", Duration.ofMinutes(3));
		// when a second starts with a data folder of its own on the same database
		Path out2 = Files.createDirectories(dir.resolve("host-2").resolve("out"));
		List<String> host2 = new ArrayList<>();
		for (String arg : host1.args) {
			host2.add(arg.startsWith("--placewise.data-dir=") ? "--placewise.data-dir=" + dir.resolve("host-2").resolve("data")
					: arg);
		}
		NightlyProcess second = NightlyProcess.start(inbox, out2, AS_OF, null, host2);
		int secondExit = second.awaitExit(Duration.ofMinutes(2));
		// then
		Timings.report("second host refused", second.elapsed());
		assertThat(secondExit).as(second.output()).isEqualTo(1);
		assertThat(first.isAlive()).isTrue();
		assertThat(second.stderr()).contains("placewise nightly: failed: another Placewise run is using the database")
			.contains("'placewise nightly' as of 2026-11-20, pid " + first.pid())
			.contains("this run did nothing")
			.doesNotContain("password=placewise");
		assertThat(OutputsFolder.exact(out2)).isEmpty();
		// and when the first goes on, it completes as if alone
		first.release();
		assertThat(first.awaitExit(Duration.ofMinutes(5))).as(first.output()).isZero();
		assertThat(first.stdout()).contains("placewise nightly: ok: run 1 as of 2026-11-20, 18 files");
		assertThat(host1.single("select count(*) from batch_job_execution")).isEqualTo(1);
		assertThat(host1.single("select count(*) from ingest_file")).isEqualTo(18);
	}
}
