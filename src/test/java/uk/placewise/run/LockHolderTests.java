package uk.placewise.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who holds a data folder's run lock, found without taking it (placewise status). */
class LockHolderTests {

	@TempDir
	Path data;

	@Test
	void aFolderNoRunEverLockedIsFreeAndNothingIsMade() {
		LockHolder lock = LockHolder.of(data.resolve("never"));
		assertThat(lock.held()).isFalse();
		assertThat(lock.holder()).isNull();
		assertThat(data.resolve("never")).doesNotExist();
	}

	@Test
	void aHeldLockIsSeenWithItsHolder() throws Exception {
		try (RunLock held = RunLock.acquire(data, "'placewise nightly' as of 2026-11-20")) {
			LockHolder lock = LockHolder.of(data);
			assertThat(lock.held()).isTrue();
			assertThat(lock.holder()).startsWith("'placewise nightly' as of 2026-11-20, pid " + ProcessHandle.current().pid());
		}
	}

	@Test
	void aReleasedLockIsFreeAndNamesItsLastHolder() throws Exception {
		RunLock.acquire(data, "'placewise nightly' as of 2026-11-19").close();
		LockHolder lock = LockHolder.of(data);
		assertThat(lock.held()).isFalse();
		assertThat(lock.holder()).startsWith("'placewise nightly' as of 2026-11-19");
	}

	@Test
	void seeingItNeverTakesIt() throws Exception {
		RunLock.acquire(data, "first").close();
		LockHolder.of(data);
		// a lock left behind by the look would make this acquire fail (OverlappingFileLockException)
		RunLock.acquire(data, "second").close();
		assertThat(LockHolder.of(data).holder()).startsWith("second");
	}

	@Test
	void theLockTableIsMatchedByInodeAndWaitersAreNotHolders() {
		List<String> table = List.of("1: POSIX  ADVISORY  WRITE 4242 08:01:131090 0 EOF",
				"1: -> POSIX  ADVISORY  WRITE 4343 08:01:555 0 EOF", "2: FLOCK  ADVISORY  WRITE 17 00:1a:77 0 EOF");
		assertThat(LockHolder.locked(table, 131090)).isTrue();
		assertThat(LockHolder.locked(table, 77)).isTrue();
		assertThat(LockHolder.locked(table, 555)).isFalse();
		assertThat(LockHolder.locked(table, 1310)).isFalse();
	}

	@Test
	void withoutALockTableTheLockFilesPidIsChecked() throws Exception {
		Path missing = data.resolve("no-proc-locks");
		Files.writeString(data.resolve("placewise.lock"), "'placewise nightly' as of 2026-11-20, pid " + ProcessHandle.current().pid());
		assertThat(LockHolder.of(data, missing).held()).isTrue();
		assertThat(LockHolder.of(data, missing).how()).startsWith("the pid in the lock file");
		Files.writeString(data.resolve("placewise.lock"), "'placewise nightly' as of 2026-11-20, pid 999999999");
		assertThat(LockHolder.of(data, missing).held()).isFalse();
	}
}
