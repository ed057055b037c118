package uk.placewise.nightly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import uk.placewise.results.RulesetWarningStore;

/**
 * What the rules engine warned about when the night compiled the rules (the rules still ran): logged one
 * by one, and left in the job's execution context for run-summary.json, so a warning is never dropped; the
 * store keeps them by ruleset ({@link RulesetWarningStore}) for the nights that do not compile it.
 */
final class RulesWarnings {

	/** Keys in the job's execution context: {@code rules.warnings} (count), {@code rules.warning.<n>}. */
	static final String PREFIX = "rules.warning";

	private static final Logger LOG = LoggerFactory.getLogger(RulesWarnings.class);

	private RulesWarnings() {
	}

	static void record(ExecutionContext job, String rulesetVersion, List<String> warnings) {
		job.putInt(PREFIX + "s", warnings.size());
		for (int i = 0; i < warnings.size(); i++) {
			job.putString(PREFIX + "." + i, RulesetWarningStore.bounded(warnings.get(i)));
			LOG.warn("rules {}: {}", rulesetVersion.substring(0, Math.min(12, rulesetVersion.length())), warnings.get(i));
		}
	}

	/** The summary's rules_warnings section, or null when this job execution did not compile the rules. */
	static Map<String, Object> summary(ExecutionContext job) {
		if (!job.containsKey(PREFIX + "s")) {
			return null;
		}
		int count = job.getInt(PREFIX + "s");
		List<String> warnings = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			warnings.add(job.getString(PREFIX + "." + i));
		}
		return summary(warnings);
	}

	/** The summary's rules_warnings section for these warnings. */
	static Map<String, Object> summary(List<String> warnings) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("count", warnings.size());
		m.put("warnings", List.copyOf(warnings));
		return m;
	}
}
