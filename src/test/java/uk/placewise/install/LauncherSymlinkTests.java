package uk.placewise.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/placewise reached through a chain of symlinks (absolute and relative, in folders whose names hold
 * " -> ", which parsing ls -ld gets wrong) still finds its install. A fake java (JAVA_HOME) prints the
 * arguments it was given.
 */
class LauncherSymlinkTests {

	@TempDir
	Path dir;

	@Test
	void aChainOfSymlinksIsResolvedToTheInstall() throws Exception {
		Path install = Files.createDirectories(dir.resolve("opt -> x/placewise-1.0"));
		Files.createDirectories(install.resolve("bin"));
		Path launcher = Files.copy(Path.of("src/dist/bin/placewise"), install.resolve("bin/placewise"));
		Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path javaHome = Files.createDirectories(dir.resolve("jdk/bin"));
		Path java = Files.writeString(javaHome.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		// /usr/local/bin/placewise -> links/placewise -> (relative) "../opt -> x/placewise-1.0/bin/placewise"
		Path links = Files.createDirectories(dir.resolve("links"));
		Files.createSymbolicLink(links.resolve("placewise"), Path.of("..", "opt -> x/placewise-1.0", "bin", "placewise"));
		Path usrLocal = Files.createDirectories(dir.resolve("usr/local/bin"));
		Path entry = Files.createSymbolicLink(usrLocal.resolve("placewise"), links.resolve("placewise"));
		ProcessBuilder pb = new ProcessBuilder(entry.toString(), "--version").redirectErrorStream(true);
		pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
		pb.environment().remove("JAVA_OPTS");
		Process p = pb.start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(output).as(output)
			.contains("-Dplacewise.home=" + install.toRealPath() + "\n")
			.contains(install.toRealPath().resolve("lib/placewise.jar") + "\n--version\n");
	}
}
