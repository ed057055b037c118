package uk.placewise.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds the {@link RunLock} of a data folder, found without taking it, even for a moment (a probe
 * that took it would make a nightly starting in that instant fail): the operating system's table of
 * file locks ({@code /proc/locks} on Linux) is searched for a lock on the lock file's inode. Where that
 * table cannot be read, the pid the lock file names is checked to be alive, and the answer says it was
 * judged that way. Not for a process that may hold the lock itself: reading the file closes a
 * descriptor of it, and closing any descriptor of a file releases the process's locks on it.
 *
 * @param held whether a process holds the lock now
 * @param holder what the lock file says: the command, its as-of date, when it started and its pid (the
 * last holder's when the lock is free); null when no run ever took it
 * @param how how {@code held} was found
 */
public record LockHolder(boolean held, String holder, String how) {

	static final Path LOCKS = Path.of("/proc/locks");

	private static final Pattern PID = Pattern.compile("pid (\\d+)\\s*$");

	/** The lock of {@code dataDir}; a folder or lock file that does not exist is free. */
	public static LockHolder of(Path dataDir) {
		return of(dataDir, LOCKS);
	}

	static LockHolder of(Path dataDir, Path locks) {
		Path file = dataDir.resolve("placewise.lock");
		if (!Files.isRegularFile(file)) {
			return new LockHolder(false, null, "no lock file");
		}
		long inode;
		try {
			inode = ((Number) Files.getAttribute(file, "unix:ino")).longValue();
		}
		catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
			return new LockHolder(false, null, "the lock file cannot be read: " + ex.getMessage());
		}
		// the table first: reading the file opens and closes it, which (fcntl's rule) would release a lock
		// held by this same process - never the case for status, but a test may hold one in its process
		Boolean held;
		try {
			held = locked(Files.readAllLines(locks, StandardCharsets.US_ASCII), inode);
		}
		catch (IOException ex) {
			held = null;
		}
		String holder;
		try {
			holder = Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			return new LockHolder(held != null && held, null, "the lock file cannot be read: " + ex.getMessage());
		}
		holder = holder.isEmpty() ? null : holder;
		return held != null ? new LockHolder(held, holder, "the system's lock table")
				: new LockHolder(pidAlive(holder), holder, "the pid in the lock file (the system's lock table cannot be read)");
	}

	/** A line of /proc/locks: {@code 1: POSIX  ADVISORY  WRITE 4242 08:01:131090 0 EOF}; waiters have "->". */
	static boolean locked(List<String> lines, long inode) {
		for (String line : lines) {
			if (line.contains("->")) {
				continue;
			}
			for (String field : line.trim().split("\\s+")) {
				String[] parts = field.split(":");
				if (parts.length == 3 && parts[2].equals(Long.toString(inode))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean pidAlive(String holder) {
		if (holder == null) {
			return false;
		}
		Matcher m = PID.matcher(holder);
		return m.find() && ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false);
	}
}
