package uk.placewise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The start of the command line of a JVM a test runs as a process of its own (a nightly run to kill, a
 * rule that never returns, an exit to catch): this JVM's java, with the options that make a short-lived
 * JVM cheap. Such a JVM spends most of its CPU compiling code it runs for seconds, so it stops at the
 * first JIT tier (C1), which about halves the CPU a sample-inbox night takes (12 s to 7 s user time on
 * the shared 2-core machine) without changing anything it does; one GC thread, as on a small server;
 * and the build's own classes and resolved jars are not verified again as they load.
 */
public final class TestJvm {

	/** The options every test process gets, before its own. */
	public static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
			"-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote");

	private TestJvm() {
	}

	/** {@code java} and {@link #OPTIONS}, then {@code more}. */
	public static List<String> command(String... more) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(OPTIONS);
		command.addAll(List.of(more));
		return command;
	}
}
