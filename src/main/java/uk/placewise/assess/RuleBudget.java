package uk.placewise.assess;

import java.time.Duration;

/**
 * How long the rules may run and how many facts they may insert, so that a rule that loops (an
 * {@code update} with nothing to stop it, an insert in a loop) fails the run instead of hanging it.
 *
 * @param time for all of a night's sessions together (a scenario's, in {@code rules check})
 * @param maxInserts facts the rules may insert or update in one session (the night's own facts are not
 *        counted)
 */
public record RuleBudget(Duration time, long maxInserts) {

	/** A night at national scale assesses in about a minute on a 2-core machine. */
	public static final RuleBudget NIGHT = new RuleBudget(Duration.ofMinutes(10), 5_000_000);

	/** One scenario of {@code rules check}: one setting, a few facts. */
	public static final RuleBudget SCENARIO = new RuleBudget(Duration.ofSeconds(10), 100_000);

	public RuleBudget {
		if (time == null || time.isNegative() || time.isZero()) {
			throw new IllegalArgumentException("the rules' time budget must be more than 0, not " + time);
		}
		if (maxInserts < 1) {
			throw new IllegalArgumentException("the rules' cap on facts inserted must be at least 1, not " + maxInserts);
		}
	}

	public RuleBudget withTime(Duration newTime) {
		return new RuleBudget(newTime, maxInserts);
	}

	public RuleBudget withMaxInserts(long newMax) {
		return new RuleBudget(time, newMax);
	}

	/** As people read it: 10 min, 2 s, 1.5 s. */
	String timeInWords() {
		return inWords(time);
	}

	/** A duration as people read it: 10 min, 2 s, 1.5 s. */
	static String inWords(Duration duration) {
		long millis = duration.toMillis();
		if (millis % 60_000 == 0) {
			return millis / 60_000 + " min";
		}
		if (millis % 1000 == 0) {
			return millis / 1000 + " s";
		}
		return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
	}
}
