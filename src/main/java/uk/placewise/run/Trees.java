package uk.placewise.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing a folder Placewise wrote (a staging folder, a published rejects/): links are removed, never followed. */
public final class Trees {

	private Trees() {
	}

	/** The folder and everything in it; nothing when it is not there. */
	public static void delete(Path dir) {
		if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
