package uk.placewise.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import uk.placewise.assess.Reason;
import uk.placewise.results.SettingResult;

/**
 * One assessed setting under the live rules ({@code before}) and the draft ({@code after}), both
 * scheduled as the night schedules; the reasons compared as the rule ids and points they award.
 */
public record SettingChange(SettingResult before, SettingResult after) {

	public SettingChange {
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
	}

	public String urn() {
		return before.urn();
	}

	public int scoreChange() {
		return after.score() - before.score();
	}

	public boolean bandMoved() {
		return before.band() != after.band();
	}

	/** Anything a reader of the schedule or the risk file would see differently. */
	public boolean changed() {
		return scoreChange() != 0 || bandMoved() || before.visitEveryMonths() != after.visitEveryMonths()
				|| !Objects.equals(before.nextDue(), after.nextDue()) || !reasonsAdded().isEmpty()
				|| !reasonsRemoved().isEmpty();
	}

	/** Reasons the draft awards that the live rules do not, as {@code RULE-ID:points}, highest points first. */
	public List<String> reasonsAdded() {
		return missingFrom(after.reasons(), before.reasons());
	}

	/** Reasons the live rules award that the draft does not, as {@code RULE-ID:points}. */
	public List<String> reasonsRemoved() {
		return missingFrom(before.reasons(), after.reasons());
	}

	/** Each rule whose points for the setting change, with the change: {@code OFS-RI:+5}, by rule id. */
	public List<String> pointsByRule() {
		Map<String, Integer> net = new TreeMap<>();
		after.reasons().forEach(r -> net.merge(r.ruleId(), r.points(), Integer::sum));
		before.reasons().forEach(r -> net.merge(r.ruleId(), -r.points(), Integer::sum));
		List<String> changes = new ArrayList<>();
		net.forEach((rule, points) -> {
			if (points != 0) {
				changes.add(rule + ":" + (points > 0 ? "+" : "") + points);
			}
		});
		return changes;
	}

	/** The reasons of {@code these} left when each of {@code those} (same rule, same points) is taken out once. */
	private static List<String> missingFrom(List<Reason> these, List<Reason> those) {
		Map<String, Integer> left = new LinkedHashMap<>();
		those.forEach(r -> left.merge(key(r), 1, Integer::sum));
		List<String> missing = new ArrayList<>();
		for (Reason r : these) {
			Integer n = left.get(key(r));
			if (n == null || n == 0) {
				missing.add(key(r));
			}
			else {
				left.put(key(r), n - 1);
			}
		}
		return missing;
	}

	private static String key(Reason r) {
		return r.ruleId() + ":" + r.points();
	}
}
