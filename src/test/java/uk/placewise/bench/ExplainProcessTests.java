package uk.placewise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bench's "explain as a new process" times the command as the operator runs it: with the JVM
 * options each launcher gives explain (and the other short-lived readers: dashboard, panel, status, --version), and no other command.
 */
class ExplainProcessTests {

	@ParameterizedTest
	@ValueSource(strings = { "placewise", "src/dist/bin/placewise" })
	void measuresExplainWithTheJvmOptionsTheLauncherGivesIt(String launcher) throws Exception {
		String script = Files.readString(Path.of(launcher));
		assertThat(script).contains("  explain|dashboard|panel|status|--version) command_opts=\"" + String.join(" ", ExplainProcess.LAUNCHER_OPTIONS) + "\" ;;")
			.contains("  *) command_opts=\"\" ;;")
			.contains("java\" $command_opts ${JAVA_OPTS:-}");
	}
}
