package uk.placewise.nightly;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import uk.placewise.TestJvm;
import uk.placewise.run.StepPauses;

/**
 * {@code placewise nightly} in a process of its own, as a scheduler runs it: the built jar
 * (target/placewise.jar, which failsafe finds because it runs after package) or, failing that, the
 * compiled classes on this test's classpath. It can be held at a {@link StepPauses} point, killed
 * there with SIGKILL ({@link Process#destroyForcibly()} on Linux), or let go on.
 */
final class NightlyProcess {

	private static final Path JAR = Path.of("target", "placewise.jar");

	private final Process process;

	private final List<String> stdout = new ArrayList<>();

	private final Path stderr;

	private final long started = System.nanoTime();

	private NightlyProcess(Process process, Path stderr) {
		this.process = process;
		this.stderr = stderr;
		Thread reader = new Thread(this::readStdout, "stdout of " + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts a nightly run of {@code inbox} into {@code out}.
	 *
	 * @param pauseAt a {@link StepPauses} point to hold the run at (for up to ten minutes), or null
	 * @param database the data-folder and database options (TestFolders.processDatabase)
	 */
	static NightlyProcess start(Path inbox, Path out, LocalDate asOf, String pauseAt, List<String> database) {
		List<String> command = new ArrayList<>(TestJvm.command("-Xmx1g"));
		if (pauseAt != null) {
			command.add("-Dplacewise.test.pause-at=" + pauseAt + ":600000");
		}
		if (Files.isRegularFile(JAR)) {
			command.addAll(List.of("-jar", JAR.toString()));
		}
		else {
			command.addAll(List.of("-cp", "target/classes" + java.io.File.pathSeparator
					+ System.getProperty("java.class.path"), "uk.placewise.cli.Main"));
		}
		command.addAll(List.of("nightly", "--inbox", inbox.toString(), "--out", out.toString(), "--as-of",
				asOf.toString()));
		command.addAll(database);
		try {
			Path stderr = Files.createTempFile(out.getParent(), "nightly-", ".stderr");
			Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
			return new NightlyProcess(process, stderr);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until the run prints that it is held at {@code point}; fails if it ends or takes too long. */
	NightlyProcess awaitPause(String point, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!stdout().contains(StepPauses.MARKER + point)) {
			if (!process.isAlive() && !stdout().contains(StepPauses.MARKER + point)) {
				throw new AssertionError("the run ended (exit " + process.exitValue() + ") before pausing at " + point
						+ ":\n" + output());
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the run did not pause at " + point + " within " + timeout + ":\n" + output());
			}
			Thread.sleep(25);
		}
		return this;
	}

	/**
	 * SIGKILL: no shutdown hooks, no finally blocks, no chance to tidy up. At once: what the run committed
	 * before it paused is already on disk, as H2 writes each commit as it is made (WRITE_DELAY=0 in
	 * application.yml) and PostgreSQL's commit is durable when it returns, so waiting would only hide a
	 * lost commit (which a test that asserts what was committed then sees).
	 */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** Lets a paused run go on (StepPauses stops waiting when a line arrives on standard input). */
	void release() throws IOException {
		process.getOutputStream().write('\n');
		process.getOutputStream().flush();
	}

	int awaitExit(Duration timeout) throws InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the run did not end within " + timeout + ":\n" + output());
		}
		return process.exitValue();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	long pid() {
		return process.pid();
	}

	Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - started);
	}

	String stdout() {
		synchronized (stdout) {
			return String.join("\n", stdout);
		}
	}

	String stderr() {
		try {
			return Files.readString(stderr);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String output() {
		return "stdout:\n" + stdout() + "\nstderr:\n" + stderr();
	}

	private void readStdout() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				synchronized (stdout) {
					stdout.add(line);
				}
			}
		}
		catch (IOException ex) {
			// the process was killed: what it printed so far is all there is
		}
	}

}
