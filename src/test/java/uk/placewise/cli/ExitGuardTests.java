package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import uk.placewise.TestJvm;

/** A process that is told to exit in the middle of a command ends with exit 1, never 0. */
class ExitGuardTests {

	/** A command that calls System.exit(0) half way, as a rule escaping the check would. */
	public static void main(String[] args) {
		ExitGuard guard = ExitGuard.install(System.err, new String[] { "nightly" });
		if (args.length > 0 && args[0].equals("exit-half-way")) {
			System.exit(0);
		}
		guard.finished();
		System.exit(0);
	}

	@Test
	void systemExitZeroBeforeTheCommandFinishesEndsWithExitOne() throws Exception {
		Result result = run("exit-half-way");
		assertThat(result.code()).isEqualTo(1);
		assertThat(result.err()).contains("placewise nightly: failed: the process was told to exit before the "
				+ "command finished");
	}

	@Test
	void aCommandThatFinishesKeepsItsExitCode() throws Exception {
		Result result = run("finish");
		assertThat(result.code()).isZero();
		assertThat(result.err()).isEmpty();
	}

	record Result(int code, String err) {
	}

	private static Result run(String how) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(TestJvm.command("-cp", System.getProperty("java.class.path"),
				ExitGuardTests.class.getName(), how))
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the process did not end");
		}
		return new Result(process.exitValue(), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
	}
}
