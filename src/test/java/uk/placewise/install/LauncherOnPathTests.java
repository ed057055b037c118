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
 * {@code cd /elsewhere && bash placewise ...} with the launcher's folder on PATH: bash finds the script on
 * PATH and gives it a {@code $0} with no slash, so both launchers (the checkout's {@code ./placewise}
 * and the installed {@code bin/placewise}) look it up on PATH too, not in the working folder. A fake
 * java (JAVA_HOME) prints the arguments it was given.
 */
class LauncherOnPathTests {

	@TempDir
	Path dir;

	String runByBashFromPath(Path bin) throws Exception {
		Path javaHome = Files.createDirectories(dir.resolve("jdk/bin"));
		Path java = Files.writeString(javaHome.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		ProcessBuilder pb = new ProcessBuilder("bash", "placewise", "--version").directory(elsewhere.toFile())
			.redirectErrorStream(true);
		pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
		pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
		pb.environment().remove("JAVA_OPTS");
		Process p = pb.start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).as(output).isZero();
		return output;
	}

	static Path launcher(Path from, Path to) throws Exception {
		Path launcher = Files.copy(from, to);
		Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
		return launcher;
	}

	@Test
	void theInstalledLauncherRunByBashFromPathFindsItsInstall() throws Exception {
		Path install = Files.createDirectories(dir.resolve("opt/placewise-1.0/bin")).getParent();
		Path launcher = launcher(Path.of("src/dist/bin/placewise"), install.resolve("bin/placewise"));
		String output = runByBashFromPath(install.resolve("bin"));
		assertThat(output).as(output)
			.contains("-Dplacewise.home=" + install.toRealPath() + "\n")
			.contains("-Dplacewise.launcher=" + launcher + "\n")
			.contains("-jar\n" + install.toRealPath().resolve("lib/placewise.jar") + "\n--version\n");
	}

	@Test
	void theCheckoutLauncherRunByBashFromPathFindsItsCheckout() throws Exception {
		Path checkout = Files.createDirectories(dir.resolve("src/placewise"));
		Files.createDirectories(checkout.resolve("target"));
		Files.writeString(checkout.resolve("target/placewise.jar"), "a jar, built");
		Path launcher = launcher(Path.of("placewise"), checkout.resolve("placewise"));
		String output = runByBashFromPath(checkout);
		assertThat(output).as(output)
			.doesNotContain("building")
			.contains("-Dplacewise.home=" + checkout.toRealPath() + "\n")
			.contains("-Dplacewise.launcher=" + launcher + "\n")
			.contains("-jar\n" + checkout.toRealPath().resolve("target/placewise.jar") + "\n--version\n");
	}

	@Test
	void aLauncherRunByShInItsOwnFolderStillNamesItselfAsTyped() throws Exception {
		Path install = Files.createDirectories(dir.resolve("opt/placewise-1.0/bin")).getParent();
		launcher(Path.of("src/dist/bin/placewise"), install.resolve("bin/placewise"));
		Path javaHome = Files.createDirectories(dir.resolve("jdk/bin"));
		Path java = Files.writeString(javaHome.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		ProcessBuilder pb = new ProcessBuilder("sh", "placewise", "--version").directory(install.resolve("bin").toFile())
			.redirectErrorStream(true);
		pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
		pb.environment().remove("JAVA_OPTS");
		Process p = pb.start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(output).as(output)
			.contains("-Dplacewise.home=" + install.toRealPath() + "\n")
			.contains("-Dplacewise.launcher=placewise\n");
	}
}
