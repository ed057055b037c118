package uk.placewise.nightly;

import java.time.Duration;

/** Prints how long each process of the crash tests took, for the test report (target/failsafe-reports). */
final class Timings {

	private Timings() {
	}

	static void report(String what, Duration elapsed) {
		System.out.printf("CRASH-TIMING %6.1f s  %s%n", elapsed.toMillis() / 1000.0, what);
	}
}
