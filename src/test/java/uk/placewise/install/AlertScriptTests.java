package uk.placewise.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/placewise-alert hands a mailer only plain addresses, after "--", with headers of its own: a
 * PLACEWISE_ALERT_TO carrying a header or an option is refused (and logged), never mailed. Run with a
 * fake sendmail or mail first on PATH that records its arguments and the message it was given.
 */
class AlertScriptTests {

	static final Path SCRIPT = Path.of("jobs", "placewise-alert").toAbsolutePath();

	@TempDir
	Path dir;

	String output = "";

	/** A fake mailer named {@code name} on a PATH of its own: writes its arguments and input under dir. */
	Path fake(String name) throws IOException {
		Path bin = Files.createDirectories(dir.resolve("bin"));
		Path fake = bin.resolve(name);
		Files.writeString(fake, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + dir.resolve(name + ".args")
				+ "'\ncat > '" + dir.resolve(name + ".stdin") + "'\n");
		Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
		return bin;
	}

	int alert(Path bin, String to) throws Exception {
		Path log = Files.writeString(dir.resolve("nightly.log"), "placewise nightly: failed: the inbox cannot be read\n");
		ProcessBuilder pb = new ProcessBuilder("sh", SCRIPT.toString(), "placewise-nightly", "1", log.toString())
			.redirectErrorStream(true);
		pb.environment().put("PATH", bin + ":/usr/bin:/bin");
		pb.environment().put("PLACEWISE_ALERT_TO", to);
		Process p = pb.start();
		output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return p.exitValue();
	}

	String recorded(String file) throws IOException {
		Path path = dir.resolve(file);
		return Files.exists(path) ? Files.readString(path) : "(not run)";
	}

	@Test
	void plainAddressesAreMailedAsArgumentsAfterADoubleDashWithoutDashT() throws Exception {
		assertThat(alert(fake("sendmail"), "qa.lead@council.example,duty+placewise@council.example")).isZero();
		assertThat(recorded("sendmail.args")).isEqualTo("-i\n--\nqa.lead@council.example\nduty+placewise@council.example\n");
		assertThat(recorded("sendmail.stdin")).startsWith("To: qa.lead@council.example,duty+placewise@council.example\n"
				+ "Subject: Placewise FAILED: placewise-nightly on ")
			.contains("the inbox cannot be read");
	}

	@Test
	void anAddressCarryingABccHeaderIsRefusedAndNothingIsMailed() throws Exception {
		assertThat(alert(fake("sendmail"), "qa.lead@council.example\nBcc: someone@elsewhere.example")).isZero();
		assertThat(recorded("sendmail.args")).isEqualTo("(not run)");
		assertThat(output).contains("PLACEWISE_ALERT_TO is refused").contains("Placewise FAILED");
	}

	@Test
	void anAddressThatIsAMailOptionIsRefused() throws Exception {
		assertThat(alert(fake("mail"), "-Ssendmail=/tmp/x")).isZero();
		assertThat(recorded("mail.args")).isEqualTo("(not run)");
		assertThat(output).contains("PLACEWISE_ALERT_TO is refused");
	}

	@Test
	void mailGetsTheAddressesAfterADoubleDash() throws Exception {
		assertThat(alert(fake("mail"), "-oi@council.example")).isZero();
		assertThat(recorded("mail.args")).endsWith("--\n-oi@council.example\n").startsWith("-s\nPlacewise FAILED: ");
	}

	@Test
	void anEmptyAddressBetweenCommasIsRefused() throws Exception {
		assertThat(alert(fake("sendmail"), "a@council.example,,b@council.example")).isZero();
		assertThat(recorded("sendmail.args")).isEqualTo("(not run)");
	}
}
