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
 * A hint names the command the way the user ran it: each launcher passes its own path as typed, and
 * without one the jar java ran.
 */
class LauncherCommandTests {

	@TempDir
	Path dir;

	@Test
	void theLauncherAsTypedIsTheCommand() {
		assertThat(LauncherCommand.of("bin/placewise", null)).isEqualTo("bin/placewise");
		assertThat(LauncherCommand.of("./placewise", Path.of("target/placewise.jar"))).isEqualTo("./placewise");
	}

	@Test
	void aLauncherRunBySh() {
		assertThat(LauncherCommand.of("placewise", null)).isEqualTo("sh placewise");
	}

	@Test
	void withoutALauncherItIsJavaWithTheJar() {
		assertThat(LauncherCommand.of(null, Path.of("target/placewise.jar"))).isEqualTo("java -jar target/placewise.jar");
		assertThat(LauncherCommand.of("", null)).isEqualTo("./placewise");
	}

	@Test
	void aPathAShellWouldSplitIsQuoted() {
		assertThat(LauncherCommand.of("/opt/my install/bin/placewise", null)).isEqualTo("'/opt/my install/bin/placewise'");
		assertThat(LauncherCommand.of("/opt/it's/bin/placewise", null)).isEqualTo("'/opt/it'\\''s/bin/placewise'");
		assertThat(LauncherCommand.of("/opt/$(rm -rf x)/placewise", null)).isEqualTo("'/opt/$(rm -rf x)/placewise'");
	}

	@Test
	void theInstalledLauncherPassesItsPathAsTyped() throws Exception {
		Path install = Files.createDirectories(dir.resolve("placewise-1.0/bin"));
		Path launcher = Files.copy(Path.of("src/dist/bin/placewise"), install.resolve("placewise"));
		assertThat(javaArguments(launcher, dir, "placewise-1.0/bin/placewise"))
			.contains("-Dplacewise.launcher=placewise-1.0/bin/placewise\n");
	}

	@Test
	void theCheckoutLauncherPassesItsPathAsTyped() throws Exception {
		Path checkout = Files.createDirectories(dir.resolve("checkout"));
		Files.createDirectories(checkout.resolve("target"));
		Files.writeString(checkout.resolve("target/placewise.jar"), "");
		Path launcher = Files.copy(Path.of("placewise"), checkout.resolve("placewise"));
		assertThat(javaArguments(launcher, checkout, "./placewise")).contains("-Dplacewise.launcher=./placewise\n");
	}

	/** Runs the launcher as {@code typed} from {@code folder}, with a fake java that prints its arguments. */
	private String javaArguments(Path launcher, Path folder, String typed) throws Exception {
		Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path javaHome = Files.createDirectories(dir.resolve("jdk/bin"));
		Path java = javaHome.resolve("java");
		if (!Files.exists(java)) {
			Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
			Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		ProcessBuilder pb = new ProcessBuilder(typed, "--version").directory(folder.toFile()).redirectErrorStream(true);
		pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
		pb.environment().remove("JAVA_OPTS");
		Process p = pb.start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return output;
	}
}
