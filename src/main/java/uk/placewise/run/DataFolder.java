package uk.placewise.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * The folder holding the embedded database, its log and the run lock. It holds children's data, so
 * only its owner may read it: the folder is made owner-only (rwx------) and so is every file in it.
 */
public final class DataFolder {

	private DataFolder() {
	}

	public static Path secure(Path dir) {
		try {
			Files.createDirectories(dir);
			if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				return dir;
			}
			Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
			try (Stream<Path> files = Files.list(dir)) {
				for (Path f : files.filter(Files::isRegularFile).toList()) {
					Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
				}
			}
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot secure the data folder " + dir, ex);
		}
	}
}
