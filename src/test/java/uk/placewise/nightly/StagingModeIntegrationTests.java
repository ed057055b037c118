package uk.placewise.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.PlacewiseApplication;
import uk.placewise.PlacewiseProperties;
import uk.placewise.TestFolders;
import uk.placewise.run.HeldPause;
import uk.placewise.run.RunFolder;

/**
 * The staging folder a night writes in is owner-only while the night lasts, as its published outputs
 * are: held at the {@code outputs} pause (files written, not yet published), every folder in
 * {@code .placewise-run-N} is 0700 and every file 0600, rejects included.
 * <p>
 * The night is held by a {@link HeldPause} (for two minutes at most), which the test lets go as soon as
 * it has looked.
 */
@SpringBootTest(classes = PlacewiseApplication.class)
@Import(StagingModeIntegrationTests.HeldAtOutputs.class)
class StagingModeIntegrationTests {

	static final Path DIR = TestFolders.fresh(StagingModeIntegrationTests.class);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestFolders.database(registry, DIR);
	}

	@TestConfiguration
	static class HeldAtOutputs {

		@Bean
		@Primary
		HeldPause heldAtOutputs(PlacewiseProperties properties) {
			return new HeldPause(properties, "outputs", Duration.ofMinutes(2));
		}
	}

	@Autowired
	NightlyRun nightly;

	@Autowired
	HeldPause pause;

	@Test
	void theStagingFolderAndEveryFileInItAreOwnerOnlyWhileTheRunLasts() throws Exception {
		Path inbox = Files.createDirectories(DIR.resolve("inbox"));
		try (Stream<Path> files = Files.list(Path.of("jobs", "sample-inbox"))) {
			for (Path f : files.toList()) {
				Files.copy(f, inbox.resolve(f.getFileName()));
			}
		}
		Files.writeString(inbox.resolve("ssda903_header.csv"), "C912,29/02/2008,14/02/2012,WBRI,,,\n",
				StandardOpenOption.APPEND);
		Path out = DIR.resolve("out");
		CompletableFuture<NightlyResult> night = CompletableFuture
			.supplyAsync(() -> {
				try {
					return nightly.run(inbox, out, LocalDate.of(2026, 11, 20));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
		try {
			assertThat(pause.awaitHeld(Duration.ofMinutes(2))).as("held at the outputs pause").isTrue();
			assertThat(night).as("held at the outputs pause").isNotDone();
			theStagedFilesAreOwnerOnly(out);
		}
		finally {
			pause.release();
		}
		assertThat(night.get(120, TimeUnit.SECONDS).completed()).isTrue();
	}

	private static void theStagedFilesAreOwnerOnly(Path out) throws Exception {
		List<Path> staging;
		try (Stream<Path> entries = Files.list(out)) {
			staging = entries.filter(p -> p.getFileName().toString().startsWith(RunFolder.PREFIX)).toList();
		}
		assertThat(staging).hasSize(1);
		List<Path> all;
		try (Stream<Path> walk = Files.walk(staging.get(0))) {
			all = walk.toList();
		}
		assertThat(all).anyMatch(p -> p.toString().endsWith("rejects/ssda903-header.csv"))
			.anyMatch(p -> p.toString().endsWith("provider-risk.csv"));
		for (Path p : all) {
			String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
			assertThat(mode).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
		}
	}
}
