package uk.placewise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the embedded store's file is, and when it is refused as damaged before H2 opens it. */
class H2StoreFileTests {

	@TempDir
	Path dir;

	@Nested
	class FromTheJdbcUrl {

		@Test
		void aFileUrlWithOptionsIsTheMvDbFileBesideItsName() {
			H2StoreFile store = H2StoreFile.of("jdbc:h2:file:/srv/pw/data/placewise;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0")
				.orElseThrow();
			assertThat(store.file()).isEqualTo(Path.of("/srv/pw/data/placewise.mv.db"));
			assertThat(store.url()).isEqualTo("jdbc:h2:file:/srv/pw/data/placewise;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
			assertThat(store.sibling("-migrating").file()).isEqualTo(Path.of("/srv/pw/data/placewise-migrating.mv.db"));
		}

		@Test
		void postgresqlMemoryAndServerUrlsHaveNoFile() {
			assertThat(H2StoreFile.of("jdbc:postgresql://localhost/placewise")).isEmpty();
			assertThat(H2StoreFile.of("jdbc:h2:mem:test")).isEmpty();
			assertThat(H2StoreFile.of("jdbc:h2:tcp://host/placewise")).isEmpty();
			assertThat(H2StoreFile.of(null)).isEmpty();
		}
	}

	@Nested
	class Damage {

		@Test
		void aMissingFileIsANewStoreNotADamagedOne() {
			H2StoreFile store = new H2StoreFile(dir.resolve("placewise"), "");
			store.checkNotDamaged();
			assertThat(store.exists()).isFalse();
		}

		@Test
		void anEmptyFileIsRefusedNamingItAndTheBackupAdvice() throws Exception {
			H2StoreFile store = new H2StoreFile(dir.resolve("placewise"), "");
			Files.write(store.file(), new byte[0]);
			assertThatThrownBy(store::checkNotDamaged).isInstanceOf(StoreRefusedException.class)
				.hasMessageContaining(store.file() + " is damaged: it is empty (0 bytes)")
				.hasMessageContaining("placewise backup");
		}

		@Test
		void aFileWithoutAnH2HeaderIsRefused() throws Exception {
			H2StoreFile store = new H2StoreFile(dir.resolve("placewise"), "");
			Files.writeString(store.file(), "PK\u0003\u0004 a zip, not a database".repeat(300));
			assertThatThrownBy(store::checkNotDamaged).hasMessageContaining("it is not an H2 database");
		}

		@Test
		void aFileWhoseFirstHeaderIsDamagedButWhoseSecondIsWholeIsLeftToH2() throws Exception {
			H2StoreFile store = new H2StoreFile(dir.resolve("placewise"), "");
			byte[] bytes = new byte[8192];
			byte[] header = "H:2,block:2,blockSize:1000".getBytes(StandardCharsets.US_ASCII);
			System.arraycopy(header, 0, bytes, 4096, header.length);
			Files.write(store.file(), bytes);
			store.checkNotDamaged();
		}
	}
}
