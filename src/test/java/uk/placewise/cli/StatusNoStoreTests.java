package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * {@code placewise status --out DIR} where this install has no store but DIR was written by one (an
 * upgrade that left the default data folder with the old release): it says so, not "the first nightly
 * makes it".
 */
class StatusNoStoreTests extends StatusHarness {

	@Test
	void anOutWrittenByAStoreThisInstallCannotFindAsksWhetherTheDataDirIsSet() throws Exception {
		Path outDir = Files.createDirectories(dir.resolve("out"));
		Files.writeString(outDir.resolve("run-summary.json"), "{\"store_id\":\"st-0001\",\"run_id\":4}");
		assertThat(status("--out", outDir.toString())).isEqualTo(1);
		assertThat(err()).contains("--out " + outDir + " was written by store st-0001; this install has no store at "
				+ dir.resolve("data/placewise.mv.db") + ": is placewise.data-dir set")
			.doesNotContain("the first nightly makes it");
		assertThat(dir.resolve("data")).doesNotExist();
	}

	@Test
	void anOutOnlyMarkedByAStoreIsToldTheSameWay() throws Exception {
		Path outDir = Files.createDirectories(dir.resolve("out"));
		Files.writeString(outDir.resolve(StatusOut.MARKER), "st-0002\n");
		assertThat(status("--out", outDir.toString())).isEqualTo(1);
		assertThat(err()).contains("was written by store st-0002");
	}

	@Test
	void withoutOutTheFirstNightlyMakesTheStore() {
		assertThat(status()).isEqualTo(1);
		assertThat(err()).contains("the first nightly makes it");
	}
}
