package uk.placewise.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.placewise.store.IngestedFile;

/** The one-line summary's count of rows says what an unchanged file's rows are: standing, not lost. */
class NightlyResultTests {

	static IngestedFile ingested(String name, int read, int accepted, int unchanged) {
		return new IngestedFile(name, "sha-" + name, "reg44", "ingested", read, accepted, read - accepted, unchanged, 5,
				null);
	}

	static IngestedFile unchanged(String name, int standing) {
		return new IngestedFile(name, "sha-" + name, "reg44", "unchanged", standing, 0, 0, standing, 5, "same content");
	}

	static NightlyResult night(IngestedFile... files) {
		return new NightlyResult(2, true, false, null, List.of(files), List.of());
	}

	@Test
	void aNightThatReadEveryFileCountsTheRowsItAccepted() {
		assertThat(night(ingested("a.csv", 10, 9, 4), ingested("b.csv", 3, 3, 0)).rowsTaken())
			.isEqualTo("12 rows accepted");
	}

	@Test
	void anUnchangedNightSaysItsRowsStandRatherThanThatItTookNone() {
		assertThat(night(unchanged("a.csv", 70), unchanged("b.csv", 3)).rowsTaken())
			.isEqualTo("0 rows accepted and 73 standing from 2 unchanged files");
	}

	@Test
	void aWorkbooksUnchangedSheetsAreOneUnchangedFile() {
		assertThat(night(ingested("a.csv", 5, 5, 0), unchanged("book.ods#Providers", 40), unchanged("book.ods#Events", 2))
			.rowsTaken()).isEqualTo("5 rows accepted and 42 standing from 1 unchanged file");
	}
}
