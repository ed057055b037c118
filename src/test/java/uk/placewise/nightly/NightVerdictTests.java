package uk.placewise.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.placewise.store.IngestWarning;
import uk.placewise.store.IngestedFile;

class NightVerdictTests {

	static IngestedFile file(String name, String status, String message) {
		return new IngestedFile(name, "0".repeat(64), "costs", status, 0, 0, 0, 0, 1, message);
	}

	@Test
	void everyFileIngestedOrUnchangedIsOk() {
		NightVerdict v = NightVerdict.of(List.of(file("a.csv", "ingested", ""), file("b.csv", "unchanged", "")), List.of());
		assertThat(v.everyInputTaken()).isTrue();
		assertThat(v.headline()).isEqualTo("ok");
	}

	@Test
	void anUnreadableFileIsNotTaken() {
		NightVerdict v = NightVerdict.of(List.of(file("a.csv", "ingested", ""), file("locked.csv", "unreadable", "x")),
				List.of());
		assertThat(v.everyInputTaken()).isFalse();
		assertThat(v.headline()).isEqualTo("incomplete: 1 file unreadable: locked.csv (permission denied)");
	}

	@Test
	void aFailedFileIsNotTakenAndSaysWhy() {
		NightVerdict v = NightVerdict.of(List.of(file("a.csv", "ingested", ""), file("costs.csv", "failed",
				"not ingested: disk full")), List.of());
		assertThat(v.headline()).isEqualTo("incomplete: 1 file failed: costs.csv (not ingested: disk full)");
	}

	@Test
	void anUnrecognisedFileIsAWarningNotARefusal() {
		NightVerdict v = NightVerdict.of(List.of(file("a.csv", "ingested", ""), file("notes.pdf", "unrecognised", "no header")),
				List.of());
		assertThat(v.everyInputTaken()).isTrue();
		assertThat(v.headline()).isEqualTo("ok with 1 warning: notes.pdf (not a feed)");
	}

	@Test
	void namesThreeWarningsAndCountsTheRest() {
		List<IngestWarning> said = List.of(new IngestWarning("a.csv", IngestWarning.DUPLICATE_KEY, "w1", "m"),
				new IngestWarning("a.csv", IngestWarning.DUPLICATE_KEY, "w2", "m"),
				new IngestWarning("a.csv", IngestWarning.DUPLICATE_KEY, "w3", "m"),
				new IngestWarning("a.csv", IngestWarning.DUPLICATE_KEY, "w4", "m"));
		NightVerdict v = NightVerdict.of(List.of(file("a.csv", "ingested", "")), said);
		assertThat(v.headline()).isEqualTo("ok with 4 warnings: a.csv (w1), a.csv (w2), a.csv (w3) and 1 more in run-summary.json");
	}

	@Test
	void aRefusedFileIsNamedWithTheColumnsItLacksAndIsNotCountedAsAWarning() {
		NightVerdict v = NightVerdict.of(List.of(file("a.csv", "ingested", ""), file("e.csv", "refused", "refused: ...")),
				List.of(new IngestWarning("e.csv", IngestWarning.MISSING_COLUMN, "no DEC, URN columns", "m")));
		assertThat(v.warnings()).isEmpty();
		assertThat(v.headline()).isEqualTo("incomplete: 1 file refused: e.csv (no DEC, URN columns)");
	}

	@Test
	void aFileNameCannotForgeASecondSummaryLine() {
		NightVerdict v = NightVerdict.of(List.of(file("a.csv", "ingested", ""),
				file("x\nplacewise nightly: ok: run 9.csv", "unrecognised", "")), List.of());
		assertThat(v.headline()).isEqualTo("ok with 1 warning: x?placewise nightly: ok: run 9.csv (not a feed)").doesNotContain("\n");
	}
}
