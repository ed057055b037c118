package uk.placewise.run;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import uk.placewise.PlacewiseProperties;

/**
 * TEST-ONLY: the {@link StepPauses} of a night run in the test's own JVM, held at one point until the
 * test lets it go. A night in a process of its own is held by {@code placewise.test.pause-at} and let go
 * by a line on its standard input (NightlyProcess); in a test JVM, standard input is surefire's command
 * channel: StepPauses polling it there waits behind surefire's reader until surefire next sends a
 * command (a held night went on 11 s, 31 s or 50 s after the test let it go). This one waits on the
 * test alone. Make it the context's StepPauses with a {@code @Primary} bean.
 */
public class HeldPause extends StepPauses {

	private final String point;

	private final Duration longest;

	private final AtomicBoolean taken = new AtomicBoolean();

	private final CountDownLatch held = new CountDownLatch(1);

	private final CountDownLatch released = new CountDownLatch(1);

	/**
	 * @param properties the context's settings (its own {@code placewise.test.pause-at} is not used)
	 * @param point where to hold the night, once
	 * @param longest how long to hold it at most when the test never lets it go
	 */
	public HeldPause(PlacewiseProperties properties, String point, Duration longest) {
		super(properties);
		this.point = point;
		this.longest = longest;
	}

	@Override
	public void at(String here) {
		if (!point.equals(here) || !taken.compareAndSet(false, true)) {
			return;
		}
		held.countDown();
		try {
			released.await(longest.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits until the night is held at the point; false when it was not within {@code timeout}. */
	public boolean awaitHeld(Duration timeout) throws InterruptedException {
		return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Lets the held night go on (or lets it pass the point without holding, if it is not there yet). */
	public void release() {
		released.countDown();
	}
}
