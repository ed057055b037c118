package uk.placewise.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.util.FileSystemUtils;

import uk.placewise.TestFolders;
import uk.placewise.cli.InThisJvm;
import uk.placewise.run.RunFolder;

/**
 * A night killed with SIGKILL at each point of the job, and restarted with the same command each time,
 * ends with the same outputs and the same stored facts as the same night run without interruption; and
 * until it does, --out keeps the previous night's files.
 *
 * <p>Two stores hold the same first night of the sample inbox (on H2 the second is a copy of the first's
 * file). The second night is ten days later, with rows added to three files (the first read,
 * concerns.csv, and two after it), so that it re-scores four of the six settings and every restart has
 * work of its own to redo; its size does not matter, as each kill is made at a pause point, not caught in
 * passing. The reference store runs the second night without interruption; the crashed store's second
 * night is killed four times, each restart going one step further (ingest, assess, outputs, publish),
 * then restarted to the end. Every run that is killed is a {@code placewise} process of its own; the
 * nights that are not (the first, the reference's second, the last restart) run in this JVM. The tests
 * run in order, one kill each, and share the crashed night; the last two compare the two stores.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRestartIntegrationTests {

	static final Duration PAUSE = Duration.ofMinutes(3);

	static final LocalDate NIGHT_1 = LocalDate.of(2026, 11, 20);

	static final LocalDate NIGHT_2 = LocalDate.of(2026, 11, 30);

	final Path dir = TestFolders.fresh(CrashRestartIntegrationTests.class);

	final ProcessStore reference = new ProcessStore(dir.resolve("reference"));

	final ProcessStore crashed = new ProcessStore(dir.resolve("crashed"));

	Path inbox1;

	Path inbox2;

	CompletableFuture<InThisJvm.Result> referenceNight2;

	Map<String, String> night1Outputs;

	@BeforeAll
	void bothStoresHaveRunTheFirstNightAndTheReferenceRunsTheSecond() throws Exception {
		inbox1 = inbox("inbox-1");
		inbox2 = inbox("inbox-2");
		Files.writeString(inbox2.resolve("concerns.csv"), "CN-004,SC900001,25/11/2026,safeguarding,open,\n",
				StandardOpenOption.APPEND);
		Files.writeString(inbox2.resolve("qa_visits.csv"), "2900004,24/11/2026,Unannounced,Good,QA Officer 1\n",
				StandardOpenOption.APPEND);
		Files.writeString(inbox2.resolve("reg44_reports.csv"), "SC900005,23/11/2026,27/11/2026,No,No,3,C. Visitor\n",
				StandardOpenOption.APPEND);
		Files.createDirectories(crashed.out);
		InThisJvm.Result night1 = nightInThisJvm(inbox1, crashed, NIGHT_1, "night 1");
		assertThat(night1.exit()).as(night1.output()).isZero();
		if (TestFolders.onPostgres()) {
			Files.createDirectories(reference.out);
			InThisJvm.Result again = nightInThisJvm(inbox1, reference, NIGHT_1, "night 1 again");
			assertThat(again.exit()).as(again.output()).isZero();
		}
		else {
			// the same first night, by copying the H2 file and the outputs rather than running it again
			FileSystemUtils.copyRecursively(crashed.dir.resolve("data"), reference.dir.resolve("data"));
			FileSystemUtils.copyRecursively(crashed.out, reference.out);
		}
		night1Outputs = OutputsFolder.exact(crashed.out);
		assertThat(night1Outputs).containsKey("rejects/qa-visits.csv");
		// the uninterrupted second night runs beside the kills below
		referenceNight2 = NightInThisJvm.start(inbox2, reference.out, NIGHT_2, reference.args, "the uninterrupted night 2");
	}

	@Test
	@Order(1)
	void aRunKilledMidIngestKeepsTheFilesItCommittedAndLeavesThePreviousOutputs() throws Exception {
		// given
		NightlyProcess run = night2("ingest");
		// when
		run.kill();
		// then
		Timings.report("killed in ingest, after the first file committed", run.elapsed());
		assertThat(OutputsFolder.exact(crashed.out)).isEqualTo(night1Outputs);
		assertThat(crashed.single("select count(*) from ingest_file where run_id = 2")).isEqualTo(1);
	}

	@Test
	@Order(2)
	void aRestartKilledAfterTheAssessmentCommittedLeavesThePreviousOutputs() throws Exception {
		// given
		NightlyProcess run = night2("assess");
		// when
		run.kill();
		// then
		Timings.report("restarted, killed with the assessment committed", run.elapsed());
		assertThat(OutputsFolder.exact(crashed.out)).isEqualTo(night1Outputs);
		assertThat(crashed.single("select count(*) from ingest_file where run_id = 2")).isEqualTo(18);
		assertThat(crashed.single("select count(*) from assessment_run where run_id = 2")).isEqualTo(1);
	}

	@Test
	@Order(3)
	void aRestartKilledWhileWritingOutputsLeavesThePreviousOutputs() throws Exception {
		// given a restart held with its files staged, then made to look cut off mid-write
		NightlyProcess run = night2("outputs");
		Path staging = new RunFolder(crashed.out, 2).staging();
		Path risk = staging.resolve("provider-risk.csv");
		Files.write(risk, Arrays.copyOf(Files.readAllBytes(risk), (int) Files.size(risk) / 2));
		Files.writeString(staging.resolve("visit-schedule.pdf4242.partial"), "%PDF-1.7 half");
		// when
		run.kill();
		// then
		Timings.report("restarted, killed with outputs staged", run.elapsed());
		assertThat(OutputsFolder.exact(crashed.out)).isEqualTo(night1Outputs);
		assertThat(OutputsFolder.hidden(crashed.out)).containsExactly(staging.getFileName().toString());
	}

	@Test
	@Order(4)
	void aRestartKilledMidPublishLeavesNoSummarySoTheFolderReadsAsIncomplete() throws Exception {
		// given
		NightlyProcess run = night2("publish");
		// when
		run.kill();
		// then
		Timings.report("restarted, killed after the first file published", run.elapsed());
		assertThat(crashed.out.resolve("run-summary.json")).doesNotExist();
		assertThat(new RunFolder(crashed.out, 2).staging().resolve("run-summary.json")).exists();
	}

	@Test
	@Order(5)
	void theLastRestartSaysSoAndPublishesWhatAnUninterruptedNightPublishes() throws Exception {
		// given also the staging folder of an older run killed and never restarted
		Files.createDirectories(new RunFolder(crashed.out, 1).rejects());
		Files.writeString(new RunFolder(crashed.out, 1).staging().resolve("provider-risk.csv"), "urn\r\n");
		// and the uninterrupted night ended (first: two nights at once in this JVM would share its logging)
		InThisJvm.Result reference2 = referenceNight2.get(NightInThisJvm.LIMIT.toMillis(), TimeUnit.MILLISECONDS);
		assertThat(reference2.exit()).as(reference2.output()).isZero();
		assertThat(reference2.stdout()).contains("placewise nightly: ok: run 2 as of 2026-11-30");
		// when
		InThisJvm.Result run = nightInThisJvm(inbox2, crashed, NIGHT_2, "restarted to the end");
		// then
		assertThat(run.exit()).as(run.output()).isZero();
		assertThat(run.stdout()).contains("placewise nightly: ok: restarted run 2 as of 2026-11-30");
		assertThat(OutputsFolder.exact(reference.out).get("provider-risk.csv"))
			.as("the second night scores differently, so the first night's files cannot pass for it")
			.isNotEqualTo(night1Outputs.get("provider-risk.csv"));
		assertThat(OutputsFolder.comparable(crashed.out)).isEqualTo(OutputsFolder.comparable(reference.out))
			.containsKeys("visit-schedule.pdf", "panel-flags.csv", "run-summary.json", "rejects/qa-visits.csv");
		assertThat(OutputsFolder.hidden(crashed.out)).isEmpty();
		assertThat(OutputsFolder.hidden(reference.out)).isEmpty();
	}

	@Test
	@Order(6)
	void theStoreHoldsEveryFactOnceAndOneAssessmentPerSettingPerRun() throws Exception {
		// given the crashed and the uninterrupted night, both complete (test 5)
		// when
		Map<String, Long> counts = crashed.counts();
		// then
		assertThat(counts).isEqualTo(reference.counts()).containsKey("setting_assessment run 2");
		assertThat(crashed.duplicateKeys()).isEmpty();
		assertThat(crashed.single("select count(*) from batch_job_instance")).isEqualTo(2);
		assertThat(crashed.single("select count(*) from batch_job_execution where job_instance_id = 2")).isEqualTo(5);
	}

	private static InThisJvm.Result nightInThisJvm(Path inbox, ProcessStore store, LocalDate asOf, String what) {
		return NightInThisJvm.run(inbox, store.out, asOf, store.args, what);
	}

	/** Night 2 of the crashed store, held at a pause point (the first start or a restart). */
	private NightlyProcess night2(String pauseAt) throws InterruptedException {
		return NightlyProcess.start(inbox2, crashed.out, NIGHT_2, pauseAt, crashed.args).awaitPause(pauseAt, PAUSE);
	}

	/** The sample inbox, plus a row to reject, so that rejects/ is published and replaced too. */
	private Path inbox(String name) throws Exception {
		Path inbox = dir.resolve(name);
		FileSystemUtils.copyRecursively(Path.of("jobs", "sample-inbox"), inbox);
		Files.writeString(inbox.resolve("qa_visits.csv"), "SC999999,31/02/2026,Announced,Good,Nobody\n",
				StandardOpenOption.APPEND);
		return inbox;
	}
}
