package uk.placewise.rulecheck;

import java.util.List;

/**
 * What a scenario expects of its setting's assessment; each part keeps the line it was written on,
 * so a failure points at the expectation that was not met. An absent part is not checked.
 */
record Expectations(Expected<Integer> score, Expected<String> band, Expected<String> bandRule,
		Expected<Integer> visitEvery, Expected<FirstVisit> firstVisit, List<Check<ExpectedReason>> reasons,
		List<Check<ExpectedFlag>> flags, List<ExpectedMeasure> measures) {

	/** Where a child stands in a dashboard measure of kpis.drl. */
	enum Counting {

		/** {@code counted:} measured and counted. */
		COUNTED,
		/** {@code not-counted:} measured, not counted (in the denominator only). */
		NOT_COUNTED,
		/** {@code not-measured:} not in the measure at all. */
		NOT_MEASURED

	}

	/** A child in a dashboard measure ({@code C1 K8}), as the scenario expects the rules to count it. */
	record ExpectedMeasure(String child, String measure, Counting counting, int line) {

		@Override
		public String toString() {
			return child + " " + measure;
		}
	}

	/** One expected value and its line. */
	record Expected<T>(T value, int line) {
	}

	/** How a list is compared: exactly these (no more), at least these, or none of these. */
	enum Mode {

		EXACTLY, INCLUDE, EXCLUDE

	}

	/** One list of expectations ({@code reasons:}, {@code flags-include:} ...) and the line of its key. */
	record Check<T>(Mode mode, int line, List<T> items) {
	}

	/** A reason by rule id, with its points when the scenario states them. */
	record ExpectedReason(String ruleId, Integer points, int line) {

		@Override
		public String toString() {
			return points == null ? ruleId : ruleId + ":" + points;
		}
	}

	/** A flag on a child, with its severity when the scenario states it. */
	record ExpectedFlag(String child, String code, String severity, int line) {

		@Override
		public String toString() {
			return child + " " + code + (severity == null ? "" : " (" + severity + ")");
		}
	}

	/** The first visit when never visited: within so many working days, or months. */
	record FirstVisit(int amount, boolean workingDays) {

		@Override
		public String toString() {
			return amount == 0 ? "none" : amount + (workingDays ? " working day" : " month") + (amount == 1 ? "" : "s");
		}
	}
}
