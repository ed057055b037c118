package uk.placewise.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * A lock file in a folder the operator controls (the run lock in the data folder, the briefing lock in
 * --out), opened only when it is a regular file or not there yet. Opening a FIFO blocks until someone
 * writes to it, so a FIFO in its place hung the command (holding the store, so the nightly failed
 * "database in use"); a symbolic link is not followed (the system said only "Too many levels of symbolic
 * links"); a folder or device is no lock file either, nor a hard link to another file (the run lock is
 * truncated and rewritten). Each is refused at once, naming the path. A lock file it makes is the
 * owner's only (0600) from the start.
 */
public final class LockFile {

	private static final FileAttribute<?>[] OWNER_ONLY = { PosixFilePermissions
		.asFileAttribute(PosixFilePermissions.fromString("rw-------")) };

	private LockFile() {
	}

	/**
	 * Opens the lock file for reading and writing, making it (0600) when it is not there.
	 * @throws NotRegularException when something other than a regular file is in its place
	 */
	public static FileChannel open(Path file) throws IOException {
		check(file);
		boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
		return FileChannel.open(file,
				java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
						LinkOption.NOFOLLOW_LINKS),
				posix ? OWNER_ONLY : new FileAttribute<?>[0]);
	}

	/** Refuses anything but a regular file or nothing, without following a link or opening it. */
	static void check(Path file) {
		Optional<String> refused = refusal(file);
		if (refused.isPresent()) {
			throw new NotRegularException(refused.get() + "; this run did nothing (Placewise makes the lock file itself)");
		}
	}

	/**
	 * Why a run would refuse this lock file ("X is not a regular file (it is a FIFO, ...): remove it"),
	 * found without following a link or opening it; empty when it is a regular file or not there.
	 */
	public static Optional<String> refusal(Path file) {
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			// the run lock is truncated and rewritten: a hard link would have that done to a file elsewhere
			return links(file) > 1 ? Optional.of(file + " is not a lock file of its own (it has " + links(file)
					+ " hard links, so writing it would change another file): remove it") : Optional.empty();
		}
		String what = Files.isSymbolicLink(file) ? "a symbolic link"
				: Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "a folder" : "a FIFO, socket or device";
		return Optional.of(file + " is not a regular file (it is " + what + "): remove it");
	}

	private static int links(Path file) {
		try {
			return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return 1;
		}
	}

	/** Something other than a regular file is where a lock file goes. */
	public static final class NotRegularException extends RuntimeException {

		NotRegularException(String message) {
			super(message);
		}
	}
}
