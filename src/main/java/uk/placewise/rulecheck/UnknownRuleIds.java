package uk.placewise.rulecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A scenario's expectations that name a rule id no rule of the folder has ({@code reasons-exclude:
 * [NO-SUCH-RULE]}): such an expectation is met by any rules, so it checks nothing, and is a failure of
 * the scenario naming the id (a misspelt id, or a rule renamed or removed since the scenario was written).
 */
final class UnknownRuleIds {

	private UnknownRuleIds() {
	}

	static List<String> of(Scenario scenario, Set<String> ruleNames) {
		List<String> problems = new ArrayList<>();
		Expectations expect = scenario.expect();
		for (Expectations.Check<Expectations.ExpectedReason> check : expect.reasons()) {
			for (Expectations.ExpectedReason reason : check.items()) {
				if (!ruleNames.contains(reason.ruleId())) {
					problems.add(scenario.file() + ":" + reason.line() + ": no rule in the folder is named \""
							+ reason.ruleId() + "\", so this expectation checks nothing (a misspelt id, or a rule "
							+ "renamed or removed?)");
				}
			}
		}
		if (expect.bandRule() != null && expect.bandRule().value() != null
				&& !ruleNames.contains(expect.bandRule().value())) {
			problems.add(scenario.file() + ":" + expect.bandRule().line() + ": no rule in the folder is named \""
					+ expect.bandRule().value() + "\", so this expectation checks nothing (a misspelt id, or a rule "
					+ "renamed or removed?)");
		}
		return problems;
	}
}
