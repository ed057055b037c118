package uk.placewise.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTests {

	@TempDir
	Path dir;

	@Test
	void makesANewDataFolderOwnerOnly() throws IOException {
		Path data = DataFolder.secure(dir.resolve("data"));
		assertThat(permissions(data)).isEqualTo("rwx------");
	}

	@Test
	void makesAnExistingFolderAndEveryFileInItOwnerOnly() throws IOException {
		Path data = Files.createDirectories(dir.resolve("data"));
		Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path db = Files.writeString(data.resolve("placewise.mv.db"), "children");
		Path log = Files.writeString(data.resolve("placewise.log"), "log");
		Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
		Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-rw-rw-"));
		DataFolder.secure(data);
		assertThat(permissions(data)).isEqualTo("rwx------");
		assertThat(permissions(db)).isEqualTo("rw-------");
		assertThat(permissions(log)).isEqualTo("rw-------");
	}

	private static String permissions(Path p) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
	}
}
