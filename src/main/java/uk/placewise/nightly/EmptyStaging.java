package uk.placewise.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A failed night's staging folder when nothing was staged in it (only empty folders, such as
 * {@code rejects/}): removed, so that a failed night leaves no empty {@code .placewise-run-N} in --out.
 * One holding files is kept: a restart of the night continues it.
 */
final class EmptyStaging {

	private EmptyStaging() {
	}

	static void remove(Path staging) throws IOException {
		if (!Files.isDirectory(staging)) {
			return;
		}
		List<Path> all;
		try (Stream<Path> walk = Files.walk(staging)) {
			all = walk.sorted(Comparator.reverseOrder()).toList();
		}
		if (all.stream().allMatch(Files::isDirectory)) {
			for (Path dir : all) {
				Files.delete(dir);
			}
		}
	}
}
