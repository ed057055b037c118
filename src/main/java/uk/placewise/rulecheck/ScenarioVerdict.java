package uk.placewise.rulecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import uk.placewise.assess.Assessment;
import uk.placewise.assess.Flag;
import uk.placewise.assess.Measured;
import uk.placewise.assess.Reason;
import uk.placewise.assess.SettingAssessment;
import uk.placewise.rulecheck.Expectations.Check;
import uk.placewise.rulecheck.Expectations.Counting;
import uk.placewise.rulecheck.Expectations.Expected;
import uk.placewise.rulecheck.Expectations.ExpectedFlag;
import uk.placewise.rulecheck.Expectations.ExpectedMeasure;
import uk.placewise.rulecheck.Expectations.ExpectedReason;
import uk.placewise.rulecheck.Expectations.FirstVisit;
import uk.placewise.rulecheck.Expectations.Mode;

/**
 * Compares what the rules made of a scenario with what it expects. Each failure says which
 * expectation (file and line) and what came instead, in the words of the expectation.
 */
final class ScenarioVerdict {

	private final Scenario scenario;

	private final SettingAssessment setting;

	private final List<Flag> flags;

	private final List<Measured> measures;

	private final List<String> failures = new ArrayList<>();

	private ScenarioVerdict(Scenario scenario, Assessment assessment) {
		this.scenario = scenario;
		this.setting = assessment.settings()
			.stream()
			.filter(s -> s.setting().urn().equals(scenario.urn()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the rules gave no assessment of " + scenario.urn()));
		this.flags = assessment.flags();
		this.measures = assessment.measures();
	}

	/** Every unmet expectation, as {@code file:line: expected ..., got ...}; empty when all are met. */
	static List<String> failures(Scenario scenario, Assessment assessment) {
		ScenarioVerdict verdict = new ScenarioVerdict(scenario, assessment);
		verdict.check();
		return List.copyOf(verdict.failures);
	}

	private void check() {
		Expectations expect = scenario.expect();
		compare(expect.score(), setting.score(), "score", "", " (reasons: " + reasons(setting.reasons()) + ")");
		compare(expect.band(), setting.band().label(), "band", "", " (" + setting.bandRule() + ", score " + setting.score() + ")");
		compare(expect.bandRule(), setting.bandRule(), "band-rule", "", " (band " + setting.band() + ")");
		compare(expect.visitEvery(), setting.visitEveryMonths(), "visit-every", " months", " (band " + setting.band() + ")");
		FirstVisit first = setting.firstVisitWorkingDays() > 0 ? new FirstVisit(setting.firstVisitWorkingDays(), true)
				: new FirstVisit(setting.firstVisitMonths(), false);
		compare(expect.firstVisit(), first, "first-visit", "", " (band " + setting.band() + ")");
		expect.reasons().forEach(this::checkReasons);
		expect.flags().forEach(this::checkFlags);
		expect.measures().forEach(this::checkMeasure);
	}

	private void checkMeasure(ExpectedMeasure expected) {
		Measured actual = measures.stream()
			.filter(m -> m.child().equals(expected.child()) && m.measure().equals(expected.measure()))
			.findFirst()
			.orElse(null);
		Counting got = actual == null ? Counting.NOT_MEASURED : actual.counted() ? Counting.COUNTED : Counting.NOT_COUNTED;
		if (got != expected.counting()) {
			fail(expected.line(), "expected " + expected + " " + words(expected.counting()) + ", got " + words(got));
		}
	}

	private static String words(Counting counting) {
		return counting.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	private <T> void compare(Expected<T> expected, T actual, String key, String unit, String context) {
		if (expected != null && !Objects.equals(expected.value(), actual)) {
			fail(expected.line(), "expected " + key + " " + expected.value() + unit + ", got " + actual + unit + context);
		}
	}

	private void checkReasons(Check<ExpectedReason> check) {
		List<Reason> unmatched = new ArrayList<>(setting.reasons());
		for (ExpectedReason expected : check.items()) {
			Reason actual = unmatched.stream().filter(r -> r.ruleId().equals(expected.ruleId())).findFirst().orElse(null);
			if (check.mode() == Mode.EXCLUDE) {
				if (actual != null) {
					fail(expected.line(), "expected no reason " + expected.ruleId() + ", got " + describe(actual));
				}
				continue;
			}
			if (actual == null) {
				fail(expected.line(), "expected reason " + expected + ", not awarded (reasons: "
						+ reasons(setting.reasons()) + ")");
				continue;
			}
			unmatched.remove(actual);
			if (expected.points() != null && expected.points() != actual.points()) {
				fail(expected.line(), "expected reason " + expected + ", got " + describe(actual));
			}
		}
		if (check.mode() == Mode.EXACTLY) {
			for (Reason extra : unmatched) {
				fail(check.line(), "reason " + describe(extra) + " was awarded but is not expected");
			}
		}
	}

	private void checkFlags(Check<ExpectedFlag> check) {
		List<Flag> unmatched = new ArrayList<>(flags);
		for (ExpectedFlag expected : check.items()) {
			Flag actual = unmatched.stream()
				.filter(f -> f.child().equals(expected.child()) && f.code().equals(expected.code()))
				.findFirst()
				.orElse(null);
			if (check.mode() == Mode.EXCLUDE) {
				if (actual != null) {
					fail(expected.line(), "expected no flag " + expected.child() + " " + expected.code() + ", got "
							+ describe(actual));
				}
				continue;
			}
			if (actual == null) {
				fail(expected.line(), "expected flag " + expected + ", not raised (flags: " + flags(flags) + ")");
				continue;
			}
			unmatched.remove(actual);
			if (expected.severity() != null && !expected.severity().equalsIgnoreCase(actual.severity())) {
				fail(expected.line(), "expected flag " + expected + ", got " + describe(actual));
			}
		}
		if (check.mode() == Mode.EXACTLY) {
			for (Flag extra : unmatched) {
				fail(check.line(), "flag " + describe(extra) + " was raised but is not expected");
			}
		}
	}

	private void fail(int line, String message) {
		failures.add(scenario.file() + ":" + line + ": " + message);
	}

	private static String describe(Reason r) {
		return r.ruleId() + ":" + r.points() + " \"" + r.fact() + "\"";
	}

	private static String describe(Flag f) {
		return f.child() + " " + f.code() + " (" + f.severity() + ") \"" + f.fact() + "\"";
	}

	private static String reasons(List<Reason> reasons) {
		return reasons.isEmpty() ? "none"
				: reasons.stream().map(r -> r.ruleId() + ":" + r.points()).collect(Collectors.joining(", "));
	}

	private static String flags(List<Flag> flags) {
		return flags.isEmpty() ? "none"
				: flags.stream().map(f -> f.child() + " " + f.code()).collect(Collectors.joining(", "));
	}
}
