package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.run.LockFile;
import uk.placewise.run.OutputMode;

/**
 * briefing's lock in --out: only a regular file (or none) is opened, so a FIFO there cannot hang the run
 * (and with it the store), and the lock file is owner-only like every other file in --out.
 */
class BriefingStagingTests {

	@TempDir
	Path out;

	Path lock() {
		return out.resolve(BriefingStaging.LOCK);
	}

	String mode(Path file) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
	}

	@Test
	void aFifoInPlaceOfTheLockIsRefusedAtOnceNamingIt() throws Exception {
		Process p = new ProcessBuilder("mkfifo", lock().toString()).inheritIO().start();
		assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> BriefingStaging.open(out))
			.isInstanceOf(LockFile.NotRegularException.class)
			.hasMessageStartingWith(lock() + " is not a regular file (it is a FIFO, socket or device): remove it"));
		assertThat(Files.list(out).filter(f -> !f.equals(lock()))).isEmpty();
	}

	@Test
	void aSymbolicLinkInPlaceOfTheLockIsRefusedNotFollowed() throws Exception {
		Path elsewhere = Files.writeString(Files.createTempFile("elsewhere", ".txt"), "not a lock");
		try {
			Files.createSymbolicLink(lock(), elsewhere);
			assertThatThrownBy(() -> BriefingStaging.open(out)).isInstanceOf(LockFile.NotRegularException.class)
				.hasMessageStartingWith(lock() + " is not a regular file (it is a symbolic link): remove it");
			assertThat(Files.readString(elsewhere)).isEqualTo("not a lock");
		}
		finally {
			Files.deleteIfExists(elsewhere);
		}
	}

	@Test
	void theLockFileIsMadeOwnerOnly() throws Exception {
		try (BriefingStaging staging = BriefingStaging.open(out, OutputMode.OWNER)) {
			assertThat(mode(lock())).isEqualTo("rw-------");
		}
	}

	@Test
	void aLockFileAnOlderReleaseLeftReadableIsMadeOwnerOnly() throws Exception {
		Files.createFile(lock());
		Files.setPosixFilePermissions(lock(), PosixFilePermissions.fromString("rw-r--r--"));
		try (BriefingStaging staging = BriefingStaging.open(out, OutputMode.OWNER)) {
			assertThat(mode(lock())).isEqualTo("rw-------");
		}
	}

	@Test
	void theGroupModeLetsTheGroupReadTheLockAsItsOtherFiles() throws Exception {
		try (BriefingStaging staging = BriefingStaging.open(out, OutputMode.GROUP)) {
			assertThat(mode(lock())).isEqualTo("rw-r-----");
		}
	}
}
