package uk.placewise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.placewise.assess.Assessment;
import uk.placewise.assess.SettingAssessment;

/**
 * BENCH-ONLY. Whether the rules and the reference model agree, setting by setting, on the score, the
 * band and the reasons (rule id and points).
 */
public record Agreement(int settings, List<String> disagreements) {

	public static Agreement of(Assessment rules, Map<String, ReferenceModel.Result> reference) {
		List<String> disagreements = new ArrayList<>();
		for (SettingAssessment s : rules.settings()) {
			String urn = s.setting().urn();
			List<String> reasons = s.reasons()
				.stream()
				.map(r -> r.ruleId() + ":" + r.points())
				.sorted()
				.toList();
			ReferenceModel.Result expected = reference.get(urn);
			if (expected == null) {
				disagreements.add(urn + ": assessed by the rules (" + s.score() + " " + s.band() + " " + reasons
						+ ") but not by the reference");
			}
			else if (expected.score() != s.score() || !expected.band().equals(s.band().label())
					|| !expected.reasons().equals(reasons)) {
				disagreements.add(urn + ": rules " + s.score() + " " + s.band() + " " + reasons + " <> reference "
						+ expected.score() + " " + expected.band() + " " + expected.reasons());
			}
		}
		if (reference.size() != rules.settings().size()) {
			disagreements.add("the rules assessed " + rules.settings().size() + " settings, the reference "
					+ reference.size());
		}
		return new Agreement(rules.settings().size(), List.copyOf(disagreements));
	}

	public boolean agrees() {
		return disagreements.isEmpty();
	}

	/** The first few disagreements, one a line. */
	public List<String> first(int n) {
		return disagreements.subList(0, Math.min(n, disagreements.size()));
	}
}
