package uk.placewise.cli;

import java.io.PrintStream;

/**
 * Makes sure the process cannot end with exit 0 unless the command finished: if anything calls
 * {@code System.exit} while a command is running (code reached from a rule, a library) or the process
 * is stopped by a signal, the exit code becomes 1 with a message saying so. The outputs stay as the
 * run left them: the nightly run publishes only at its end, and an unfinished run is continued next time.
 */
final class ExitGuard {

	private volatile boolean finished;

	private ExitGuard() {
	}

	/** Installs the guard for the command about to run. */
	static ExitGuard install(PrintStream err, String[] args) {
		ExitGuard guard = new ExitGuard();
		String command = args.length == 0 ? "" : " " + args[0] + (args.length > 1 && args[0].equals("rules") ? " " + args[1] : "");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (!guard.finished) {
				err.println("placewise" + command + ": failed: the process was told to exit before the command "
						+ "finished (System.exit called from code it ran, or a signal); exit 1");
				err.flush();
				Runtime.getRuntime().halt(Main.FAILED);
			}
		}, "placewise-exit-guard"));
		return guard;
	}

	/** The command has finished: the exit code it chose stands. */
	void finished() {
		finished = true;
	}
}
