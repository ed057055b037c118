package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.placewise.store.IngestWarning;
import uk.placewise.store.IngestedFile;
import uk.placewise.store.StoreStatus;

/** How status words a run: the night's verdict when it completed, else how it stopped. */
class StatusRunsTests {

	static IngestedFile file(String name, String status) {
		return new IngestedFile(name, "0".repeat(64), "episodes", status, 3, 3, 0, 0, 5, null);
	}

	static StoreStatus.Run run(String status, String message, List<IngestedFile> files, List<IngestWarning> warnings) {
		return new StoreStatus.Run(4, LocalDate.parse("2026-11-20"), status, message, LocalDateTime.parse("2026-11-20T02:30:00"),
				null, null, files, warnings);
	}

	@Test
	void aCompletedNightThatTookEverythingIsOk() {
		StoreStatus.Run run = run("COMPLETED", null, List.of(file("episodes.csv", "ingested")), List.of());
		assertThat(StatusRuns.result(run, false)).isEqualTo("ok");
		assertThat(StatusRuns.needsAttention(run, false)).isFalse();
	}

	@Test
	void aCompletedNightThatRefusedAFileIsIncompleteAndNeedsAttention() {
		StoreStatus.Run run = run("COMPLETED", null,
				List.of(file("episodes.csv", "refused"), file("header.csv", "ingested")), List.of());
		assertThat(StatusRuns.result(run, false)).isEqualTo("incomplete");
		assertThat(StatusRuns.needsAttention(run, false)).isTrue();
	}

	@Test
	void aFailedNightSaysWhy() {
		StoreStatus.Run run = run("FAILED", "the rules ran over their budget", List.of(), List.of());
		assertThat(StatusRuns.result(run, false)).isEqualTo("failed (the rules ran over their budget)");
		assertThat(StatusRuns.needsAttention(run, false)).isTrue();
	}

	@Test
	void aStartedNightIsRunningWhileTheLockIsHeldAndKilledWhenItIsNot() {
		StoreStatus.Run run = run("STARTED", null, List.of(), List.of());
		assertThat(StatusRuns.result(run, true)).isEqualTo("running");
		assertThat(StatusRuns.needsAttention(run, true)).isFalse();
		assertThat(StatusRuns.result(run, false)).startsWith("did not finish");
		assertThat(StatusRuns.needsAttention(run, false)).isTrue();
	}
}
