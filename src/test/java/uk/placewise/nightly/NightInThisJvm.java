package uk.placewise.nightly;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import uk.placewise.cli.InThisJvm;

/**
 * {@code placewise nightly} run in this JVM as Main runs it, for the crash tests' nights that are not
 * killed: one that makes a store's history, the uninterrupted reference, and the start that follows a
 * kill and runs to the end. What they prove is what the killed process left and how the next run reads
 * it, which a process of their own would do the same way for about 6 s more CPU each (a JVM to start,
 * the rules to compile: this JVM has usually compiled them already). Every run that is killed is a
 * {@link NightlyProcess}, on the built jar.
 */
final class NightInThisJvm {

	/** A night that takes longer than this has hung: the test fails rather than wait on. */
	static final Duration LIMIT = Duration.ofMinutes(5);

	private NightInThisJvm() {
	}

	/** Runs the night to its end; {@code what} names it in the timings. */
	static InThisJvm.Result run(Path inbox, Path out, LocalDate asOf, List<String> database, String what) {
		try {
			return start(inbox, out, asOf, database, what).get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new AssertionError(what + " did not end within " + LIMIT, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(what + " was interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new AssertionError(what + " failed", ex.getCause());
		}
	}

	/** Starts the night on a thread of its own (a daemon, so a hung night does not hold the JVM). */
	static CompletableFuture<InThisJvm.Result> start(Path inbox, Path out, LocalDate asOf, List<String> database,
			String what) {
		List<String> args = new ArrayList<>(List.of("nightly", "--inbox", inbox.toString(), "--out", out.toString(),
				"--as-of", asOf.toString()));
		args.addAll(database);
		return CompletableFuture.supplyAsync(() -> {
			long started = System.nanoTime();
			InThisJvm.Result result = InThisJvm.run(args);
			Timings.report(what + ", in this JVM", Duration.ofNanos(System.nanoTime() - started));
			return result;
		}, runnable -> {
			Thread thread = new Thread(runnable, what);
			thread.setDaemon(true);
			thread.start();
		});
	}
}
