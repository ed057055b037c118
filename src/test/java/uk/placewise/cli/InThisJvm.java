package uk.placewise.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * A {@code placewise} command run in this JVM, as {@code Main} runs it but without its exit, its output
 * captured: for a test (of another package) that needs a command's work done, such as a night that makes a
 * store's history, but whose point is not the process (src/test/README.md). The clock is the system's, so
 * give {@code --as-of}.
 */
public final class InThisJvm {

	/** What the command returned and printed. */
	public record Result(int exit, String stdout, String stderr) {

		/** Both streams, for an assertion's description. */
		public String output() {
			return "stdout:\n" + stdout + "\nstderr:\n" + stderr;
		}
	}

	private InThisJvm() {
	}

	public static Result run(List<String> args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC())
			.run(args.toArray(String[]::new));
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
