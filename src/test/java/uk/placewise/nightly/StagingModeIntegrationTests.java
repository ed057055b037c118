package uk.placewise.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.PlacewiseApplication;
import uk.placewise.TestFolders;
import uk.placewise.run.RunFolder;
import uk.placewise.run.StepPauses;

/**
 * The staging folder a night writes in is owner-only while the night lasts, as its published outputs
 * are: held at the {@code outputs} pause (files written, not yet published), every folder in
 * {@code .placewise-run-N} is 0700 and every file 0600, rejects included.
 * <p>
 * The night is held for up to two minutes; the test lets it go on as soon as it has looked, the way
 * {@code NightlyProcess.release()} does for a process: a line on standard input (StepPauses stops waiting
 * when one arrives), here this JVM's {@code System.in} for a moment.
 */
@SpringBootTest(classes = PlacewiseApplication.class, properties = "placewise.test.pause-at=outputs:120000")
@ExtendWith(OutputCaptureExtension.class)
class StagingModeIntegrationTests {

	static final Path DIR = TestFolders.fresh(StagingModeIntegrationTests.class);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestFolders.database(registry, DIR);
	}

	@Autowired
	NightlyRun nightly;

	@Test
	void theStagingFolderAndEveryFileInItAreOwnerOnlyWhileTheRunLasts(CapturedOutput output) throws Exception {
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
			theStagedFilesAreOwnerOnlyWhileHeld(night, out, output);
		}
		finally {
			goOn(night);
		}
		assertThat(night.get(120, TimeUnit.SECONDS).completed()).isTrue();
	}

	private static void theStagedFilesAreOwnerOnlyWhileHeld(CompletableFuture<NightlyResult> night, Path out,
			CapturedOutput output) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (!output.getOut().contains(StepPauses.MARKER + "outputs") && !night.isDone()
				&& System.nanoTime() - deadline < 0) {
			Thread.sleep(20);
		}
		assertThat(night).as("held at the outputs pause").isNotDone();
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

	/** Lets the held night go on: a line on standard input until the night is over, then the real stdin back. */
	private static void goOn(CompletableFuture<NightlyResult> night) throws Exception {
		InputStream stdin = System.in;
		System.setIn(new ByteArrayInputStream("go on\n".getBytes(StandardCharsets.US_ASCII)));
		try {
			night.handle((result, failure) -> result).get(120, TimeUnit.SECONDS);
		}
		finally {
			System.setIn(stdin);
		}
	}
}
