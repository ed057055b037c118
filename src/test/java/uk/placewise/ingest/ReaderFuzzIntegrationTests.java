package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.store.IngestedFile;

/**
 * A smaller fuzz through the real job: damaged copies of every sample file and a few files of random
 * bytes in one inbox, each named by the seed that made it ({@link Mutations}), so a failure names its
 * reproduction. The night completes and no file fails: each is read row by row or reported.
 */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderFuzzIntegrationTests {

	static final Path DIR = TestFolders.fresh(ReaderFuzzIntegrationTests.class);

	static final long SEED = 20261121L;

	static final int COPIES_PER_SAMPLE = 4;

	@Autowired
	NightlyRun nightly;

	NightlyResult result;

	int files;

	@BeforeAll
	void runTheNightOnDamagedFiles() throws Exception {
		Path inbox = Files.createDirectories(DIR.resolve("inbox"));
		SplittableRandom seeds = new SplittableRandom(SEED);
		try (Stream<Path> samples = Files.list(ReaderFuzzTests.SAMPLES)) {
			for (Path sample : samples.sorted().toList()) {
				for (int i = 0; i < COPIES_PER_SAMPLE; i++) {
					long seed = seeds.nextLong();
					byte[] bytes = Mutations.mutate(Files.readAllBytes(sample), new SplittableRandom(seed));
					Files.write(inbox.resolve("seed" + seed + "-" + sample.getFileName()), bytes);
					files++;
				}
			}
		}
		for (int i = 0; i < 4; i++) {
			long seed = seeds.nextLong();
			Files.write(inbox.resolve("seed" + seed + "-random.bin"), Mutations.randomBytes(new SplittableRandom(seed)));
			files++;
		}
		result = nightly.run(inbox, DIR.resolve("out"), LocalDate.of(2026, 11, 20));
	}

	@Test
	void completesWithEveryFileReadOrReportedAndNoneFailed() {
		assertThat(result.completed()).as(result.failure()).isTrue();
		assertThat(result.files()).hasSize(files).allSatisfy(f -> {
			assertThat(f.status()).as("%s: %s", f.fileName(), f.message()).isIn("ingested", "unrecognised", "unchanged", "refused");
			assertThat(f.rowsRead()).as(f.fileName()).isEqualTo(f.rowsAccepted() + f.rowsRejected());
		});
		assertThat(result.files()).filteredOn(f -> f.status().equals("ingested"))
			.extracting(IngestedFile::rowsAccepted)
			.isNotEmpty();
	}
}
