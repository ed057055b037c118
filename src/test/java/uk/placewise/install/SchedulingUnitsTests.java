package uk.placewise.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd units and the cron entry in jobs/: a time limit, an alert to the QA lead when a night
 * fails, exit 3 seen as a warning, and units systemd accepts.
 */
class SchedulingUnitsTests {

	static final Path JOBS = Path.of("jobs");

	static final List<String> UNITS = List.of("placewise-nightly.service", "placewise-nightly.timer", "placewise-alert@.service");

	@TempDir
	Path dir;

	/** {@code section.key} to every value it is given, in order (comments and blank lines skipped). */
	static Map<String, List<String>> keys(String unit) throws IOException {
		Map<String, List<String>> keys = new LinkedHashMap<>();
		String section = "";
		for (String raw : Files.readAllLines(JOBS.resolve(unit), StandardCharsets.UTF_8)) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
				continue;
			}
			if (line.startsWith("[")) {
				section = line.substring(1, line.indexOf(']'));
				continue;
			}
			int eq = line.indexOf('=');
			keys.computeIfAbsent(section + "." + line.substring(0, eq).strip(), k -> new ArrayList<>())
				.add(line.substring(eq + 1).strip());
		}
		return keys;
	}

	@Test
	void theNightHasATimeLimit() throws IOException {
		assertThat(keys("placewise-nightly.service")).containsEntry("Service.TimeoutStartSec", List.of("1h"))
			.containsEntry("Service.Type", List.of("oneshot"));
	}

	@Test
	void aFailedNightStartsTheAlertUnit() throws IOException {
		assertThat(keys("placewise-nightly.service").get("Unit.OnFailure")).containsExactly("placewise-alert@%n.service");
		Map<String, List<String>> alert = keys("placewise-alert@.service");
		assertThat(alert.get("Service.ExecStart")).containsExactly("/opt/placewise/jobs/placewise-alert %i failed");
		assertThat(alert.get("Service.EnvironmentFile")).containsExactly("-/etc/placewise/alert.env");
	}

	@Test
	void exitThreeSucceedsButIsAlertedAsAWarning() throws IOException {
		Map<String, List<String>> nightly = keys("placewise-nightly.service");
		assertThat(nightly.get("Service.SuccessExitStatus")).containsExactly("3");
		assertThat(nightly.get("Service.ExecStopPost")).containsExactly("/opt/placewise/jobs/placewise-alert %n exit-status");
	}

	@Test
	void theNightRunsTheInstalledLauncher() throws IOException {
		assertThat(keys("placewise-nightly.service").get("Service.ExecStart").get(0))
			.startsWith("/opt/placewise/bin/placewise nightly --inbox ");
	}

	@Test
	void noSecretIsInAnyUnit() throws IOException {
		for (String unit : UNITS) {
			assertThat(keys(unit).values().stream().flatMap(List::stream)).noneMatch(v -> v.toLowerCase().contains("password="));
		}
	}

	@Test
	void theTimerRunsNightlyAndCatchesUpAMissedNight() throws IOException {
		assertThat(keys("placewise-nightly.timer")).containsEntry("Timer.OnCalendar", List.of("*-*-* 02:30:00"))
			.containsEntry("Timer.Persistent", List.of("true"));
	}

	@Test
	void systemdAcceptsTheUnits() throws Exception {
		Path analyze = Path.of("/usr/bin/systemd-analyze");
		assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed here");
		// the units name /opt/placewise; verify wants what they run to exist, so point them at a copy
		Path opt = dir.resolve("opt");
		Files.createDirectories(opt.resolve("bin"));
		Files.createDirectories(opt.resolve("jobs"));
		Files.copy(Path.of("src/dist/bin/placewise"), opt.resolve("bin/placewise"));
		Files.copy(JOBS.resolve("placewise-alert"), opt.resolve("jobs/placewise-alert"));
		Files.setPosixFilePermissions(opt.resolve("bin/placewise"), PosixFilePermissions.fromString("rwxr-xr-x"));
		List<String> command = new ArrayList<>(List.of(analyze.toString(), "verify", "--man=no"));
		for (String unit : UNITS) {
			Files.writeString(dir.resolve(unit), Files.readString(JOBS.resolve(unit)).replace("/opt/placewise", opt.toString()));
			command.add(dir.resolve(unit).toString());
		}
		Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		// systemd ignores a setting it cannot parse with only a warning: any word from it is a fault
		assertThat(said).isEmpty();
		assertThat(p.exitValue()).isZero();
	}

	@Test
	void theScriptsAreExecutableShellThatParses() throws Exception {
		for (String script : List.of("placewise-alert", "placewise-nightly-cron")) {
			assertThat(Files.isExecutable(JOBS.resolve(script))).as(script).isTrue();
			Process p = new ProcessBuilder("sh", "-n", JOBS.resolve(script).toString()).redirectErrorStream(true).start();
			assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
			assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
		}
	}

	@Test
	void theCronWrapperIsQuietOnZero() throws Exception {
		Result r = cron(0);
		assertThat(r.code()).isZero();
		assertThat(r.printed()).isEmpty();
		assertThat(Files.readString(dir.resolve("nightly.log"))).contains("placewise nightly: exit 0 summary");
	}

	@Test
	void theCronWrapperPrintsTheAlertOnThreeSoCronMailsIt() throws Exception {
		Result r = cron(3);
		assertThat(r.code()).isEqualTo(3);
		assertThat(r.printed()).contains("Placewise WARNING: placewise-nightly", "did not take every input (exit 3)",
				"placewise nightly: exit 3 summary");
	}

	@Test
	void theCronWrapperPrintsTheAlertOnOne() throws Exception {
		Result r = cron(1);
		assertThat(r.code()).isEqualTo(1);
		assertThat(r.printed()).contains("Placewise FAILED: placewise-nightly", "failed (exit 1)",
				"placewise nightly: exit 1 summary");
	}

	record Result(int code, String printed) {
	}

	/** The cron wrapper around a stand-in for placewise that prints a summary and exits with {@code code}. */
	Result cron(int code) throws Exception {
		Path fake = dir.resolve("fake-placewise");
		Files.writeString(fake, "#!/bin/sh\necho \"placewise nightly: exit " + code + " summary\"\nexit " + code + "\n");
		Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
		ProcessBuilder pb = new ProcessBuilder(JOBS.resolve("placewise-nightly-cron").toAbsolutePath().toString(),
				dir.resolve("nightly.log").toString(), fake.toString()).redirectErrorStream(true);
		pb.environment().remove("PLACEWISE_ALERT_TO");
		pb.environment().put("PLACEWISE_TIMEOUT", "60s");
		Process p = pb.start();
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}
}
