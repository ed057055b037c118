package uk.placewise.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Who may read what Placewise writes into --out (the schedule, the panel flags with child IDs, the
 * rejects, the PDFs): by default only its owner, files 0600 in folders 0700, as for the data folder.
 * {@code placewise.output.mode=group} lets the owner's group read them (0640 in 0750), for a council
 * that serves the folder to its QA team; {@code umask} leaves modes to the process's umask.
 */
public enum OutputMode {

	OWNER("rwx------", "rw-------"), GROUP("rwxr-x---", "rw-r-----"), UMASK(null, null);

	/** The configuration property, and its default. */
	public static final String PROPERTY = "${placewise.output.mode:owner}";

	private final String folder;

	private final String file;

	OutputMode(String folder, String file) {
		this.folder = folder;
		this.file = file;
	}

	public static OutputMode of(String text) {
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"placewise.output.mode must be owner, group or umask, not '" + text + "'");
		}
	}

	/**
	 * Makes the folder (and its parents) if need be, and gives it this mode. A folder it makes has the
	 * mode from the start, whatever the umask (umask can only take bits away from 0700 or 0750): a
	 * staging folder is never open to others while a run writes in it.
	 */
	public Path folder(Path dir) {
		try {
			create(dir.toAbsolutePath());
			set(dir, folder);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot make " + dir + " " + name().toLowerCase(Locale.ROOT) + "-only", ex);
		}
	}

	/** Gives a file this mode. */
	public Path file(Path path) {
		try {
			set(path, file);
			return path;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot set the mode of " + path, ex);
		}
	}

	/** Gives a folder, everything under it and the folder itself this mode. */
	public void tree(Path dir) {
		if (!Files.isDirectory(dir)) {
			return;
		}
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.toList()) {
				if (Files.isDirectory(p)) {
					set(p, folder);
				}
				else if (Files.isRegularFile(p)) {
					set(p, file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot set the modes under " + dir, ex);
		}
	}

	private void create(Path dir) throws IOException {
		if (Files.isDirectory(dir)) {
			return;
		}
		if (folder == null || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createDirectories(dir);
			return;
		}
		if (dir.getParent() != null) {
			create(dir.getParent());
		}
		try {
			Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(folder)));
		}
		catch (java.nio.file.FileAlreadyExistsException ex) {
			if (!Files.isDirectory(dir)) {
				throw ex;
			}
		}
	}

	private static void set(Path path, String mode) throws IOException {
		if (mode == null || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
	}
}
