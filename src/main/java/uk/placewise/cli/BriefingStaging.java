package uk.placewise.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import uk.placewise.run.LockFile;
import uk.placewise.run.OutputMode;
import uk.placewise.run.Trees;

/**
 * The hidden folder a {@code briefing} run writes its files into before moving them into --out, and the
 * lock that makes it the only briefing run writing that --out ({@code .placewise-briefing.lock}, held
 * while the run writes; the system lets it go when the process ends, killed or not). Holding it, every
 * staging folder left in --out is a dead run's (killed while writing or moving, so its files were never
 * all moved in) and is removed, as the nightly removes its own.
 */
final class BriefingStaging implements AutoCloseable {

	static final String PREFIX = ".placewise-briefing-";

	static final String LOCK = ".placewise-briefing.lock";

	/** Another briefing run is writing the same --out. */
	static final class InUseException extends IOException {

		InUseException(Path dir) {
			super("another 'placewise briefing' is writing " + dir + " now; nothing was written (run it again when "
					+ "that one has finished)");
		}
	}

	private final FileChannel channel;

	private final FileLock lock;

	private final Path folder;

	private final int cleared;

	private BriefingStaging(FileChannel channel, FileLock lock, Path folder, int cleared) {
		this.channel = channel;
		this.lock = lock;
		this.folder = folder;
		this.cleared = cleared;
	}

	/**
	 * Takes --out's briefing lock, removes what dead runs left, and makes this run's staging folder.
	 * @throws InUseException when another briefing run holds the lock
	 */
	static BriefingStaging open(Path dir) throws IOException {
		return open(dir, OutputMode.OWNER);
	}

	/** As above, the lock file given --out's mode (one an older release made 0644 too). */
	static BriefingStaging open(Path dir, OutputMode mode) throws IOException {
		// only a regular file (or none): a FIFO would block the open, a link is not followed; made 0600
		FileChannel channel = LockFile.open(dir.resolve(LOCK));
		try {
			mode.file(dir.resolve(LOCK));
		}
		catch (RuntimeException ex) {
			channel.close();
			throw ex;
		}
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new InUseException(dir);
		}
		try {
			int cleared = clearDead(dir);
			return new BriefingStaging(channel, lock, Files.createTempDirectory(dir, PREFIX), cleared);
		}
		catch (IOException | RuntimeException ex) {
			channel.close();
			throw ex;
		}
	}

	/** This run's staging folder. */
	Path folder() {
		return folder;
	}

	/** How many staging folders of dead runs were removed. */
	int cleared() {
		return cleared;
	}

	/** Removes this run's staging folder (with what is left in it) and lets the lock go. */
	@Override
	public void close() throws IOException {
		try {
			Trees.delete(folder);
		}
		finally {
			try {
				lock.release();
			}
			finally {
				channel.close();
			}
		}
	}

	private static int clearDead(Path dir) throws IOException {
		int cleared = 0;
		try (Stream<Path> entries = Files.list(dir)) {
			for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
				Trees.delete(entry);
				cleared++;
			}
		}
		return cleared;
	}

}
