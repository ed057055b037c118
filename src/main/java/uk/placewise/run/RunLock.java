package uk.placewise.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One writer at a time: an operating-system lock on {@code <data-dir>/placewise.lock}, held for the
 * whole of a run that writes to the store. The operating system releases it when the process ends, even
 * when it is killed, so a crashed run never leaves a stale lock. The file says who holds it, so a second
 * run can name the run it is waiting behind.
 */
public final class RunLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private RunLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock or fails at once with {@link AlreadyRunningException} naming the holder.
	 *
	 * @param holder what this process is doing, in words ("nightly as of 2026-11-20, inbox /in")
	 */
	public static RunLock acquire(Path dataDir, String holder) {
		Path file = dataDir.resolve("placewise.lock");
		try {
			Files.createDirectories(dataDir);
			// a FIFO in its place would block the open: refused first, as a link or a folder is
			FileChannel channel = LockFile.open(file);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				String running = readHolder(channel);
				channel.close();
				throw new AlreadyRunningException("another Placewise run is using " + dataDir + ": " + running
						+ "; this run did nothing (start it again when that one has finished)");
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((holder + ", pid " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
			channel.force(true);
			return new RunLock(channel, lock);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot take the run lock " + file, ex);
		}
	}

	private static String readHolder(FileChannel channel) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(4096);
		channel.read(buffer, 0);
		String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
		return text.isEmpty() ? "(holder unknown)" : text;
	}

	@Override
	public void close() throws IOException {
		lock.release();
		channel.close();
	}

	/** Another process holds the lock. */
	public static final class AlreadyRunningException extends RuntimeException {

		public AlreadyRunningException(String message) {
			super(message);
		}
	}
}
