package uk.placewise.run;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import uk.placewise.PlacewiseProperties;

/**
 * TEST-ONLY: holds a nightly run still at a named point so that the crash-safety tests can kill the
 * process exactly there. Inert unless {@code placewise.test.pause-at=<point>:<millis>} is set (a system
 * property or {@code --placewise.test.pause-at=...}); nobody should set it in production.
 *
 * <p>At the point it prints {@code PLACEWISE-PAUSE <point>} on standard output, then waits the given
 * milliseconds, or until a line arrives on standard input (the test's "go on"). Each point pauses once
 * per process. The points:
 * <ul>
 * <li>{@code ingest}: after the first inbox file is committed, before the next one is read;</li>
 * <li>{@code assess}: the assessment is committed, the step is not yet recorded as complete;</li>
 * <li>{@code outputs}: the files are written into the staging folder, the step not yet committed;</li>
 * <li>{@code publish}: the first staged file has been moved into --out, the rest not yet;</li>
 * <li>{@code migrate-VERSION}: the first statement of migration VERSION has run, the rest not yet
 * (store/StoreSchema), on the first start of a store or when a release adds a migration.</li>
 * </ul>
 */
@Component
public class StepPauses implements StepExecutionListener {

	public static final String MARKER = "PLACEWISE-PAUSE ";

	private final String point;

	private final long millis;

	private final Set<String> done = new HashSet<>();

	/** The pauses configured by {@code placewise.test.pause-at}, for code that runs before Spring. */
	public static StepPauses configured(String pauseAt) {
		return new StepPauses(pauseAt == null ? "" : pauseAt);
	}

	@Autowired
	StepPauses(PlacewiseProperties properties) {
		this(properties.test().pauseAt());
	}

	private StepPauses(String pauseAt) {
		int colon = pauseAt.indexOf(':');
		this.point = colon < 0 ? pauseAt.strip() : pauseAt.substring(0, colon).strip();
		this.millis = colon < 0 ? 0 : Long.parseLong(pauseAt.substring(colon + 1).strip());
	}

	/** Pauses here if this is the configured point (and it has not paused here before). */
	public void at(String here) {
		if (this.point.isEmpty() || !this.point.equals(here) || !this.done.add(here)) {
			return;
		}
		System.out.println(MARKER + here);
		System.out.flush();
		// a timeout, so the monotonic clock: nothing here is a date
		long deadline = System.nanoTime() + this.millis * 1_000_000L;
		try {
			while (System.nanoTime() - deadline < 0 && System.in.available() == 0) {
				Thread.sleep(20);
			}
		}
		catch (IOException | InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The {@code assess} point: after the step's work committed, before its completion is recorded. */
	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		at(stepExecution.getStepName());
		return null;
	}
}
