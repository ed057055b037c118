package uk.placewise.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run lock in the data folder is opened only when it is a regular file or not there: a FIFO in its
 * place (whose open blocks), a link or a folder is refused at once, naming it.
 */
class LockFileTests {

	@TempDir
	Path data;

	static void mkfifo(Path path) throws IOException, InterruptedException {
		Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
		assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).isZero();
	}

	@Test
	void aFifoInPlaceOfTheRunLockIsRefusedAtOnceNotOpened() throws Exception {
		mkfifo(data.resolve("placewise.lock"));
		assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThatThrownBy(() -> RunLock.acquire(data, "test"))
					.isInstanceOf(LockFile.NotRegularException.class)
					.hasMessage(data.resolve("placewise.lock") + " is not a regular file (it is a FIFO, socket or device): "
							+ "remove it; this run did nothing (Placewise makes the lock file itself)"));
	}

	@Test
	void aSymbolicLinkInPlaceOfTheRunLockIsRefusedWithAClearMessage() throws Exception {
		Files.createSymbolicLink(data.resolve("placewise.lock"), data.resolve("placewise.lock"));
		assertThatThrownBy(() -> RunLock.acquire(data, "test")).isInstanceOf(LockFile.NotRegularException.class)
			.hasMessageStartingWith(data.resolve("placewise.lock") + " is not a regular file (it is a symbolic link): remove it");
	}

	@Test
	void aFolderInPlaceOfTheRunLockIsRefused() throws Exception {
		Files.createDirectory(data.resolve("placewise.lock"));
		assertThatThrownBy(() -> RunLock.acquire(data, "test")).isInstanceOf(LockFile.NotRegularException.class)
			.hasMessageContaining("(it is a folder)");
	}

	@Test
	void aHardLinkToAnotherFileIsRefusedNotTruncated() throws Exception {
		Path other = Files.writeString(data.resolve("notes.txt"), "the operator's notes");
		Files.createLink(data.resolve("placewise.lock"), other);
		assertThatThrownBy(() -> RunLock.acquire(data, "test")).isInstanceOf(LockFile.NotRegularException.class)
			.hasMessageStartingWith(data.resolve("placewise.lock") + " is not a lock file of its own (it has 2 hard links");
		assertThat(Files.readString(other)).isEqualTo("the operator's notes");
	}

	@Test
	void aLockFileItMakesIsTheOwnersOnly() throws Exception {
		try (FileChannel channel = LockFile.open(data.resolve("new.lock"))) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("new.lock"))))
				.isEqualTo("rw-------");
		}
	}

	@Test
	void aRegularLockFileIsTakenAsBefore() throws Exception {
		Files.writeString(data.resolve("placewise.lock"), "an earlier run, pid 1");
		try (RunLock lock = RunLock.acquire(data, "this run")) {
			assertThat(Files.readString(data.resolve("placewise.lock"))).startsWith("this run, pid ");
		}
	}
}
