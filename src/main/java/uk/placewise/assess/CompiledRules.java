package uk.placewise.assess;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules folders this process has compiled, by ruleset version (the SHA-256 of every file) and
 * folder, so a process that runs many nights (the demo's year of month ends, the bench, the tests)
 * compiles an unchanged folder once. A changed file changes the version, so it is compiled afresh;
 * a compiled knowledge base is shared safely, as every night takes sessions of its own.
 * <p>
 * Only in memory: Drools 10.2 cannot write a knowledge base to disk (it is not serialisable), and
 * reloading a compiled kjar needs drools-xml-support for its kmodule.xml. A new process therefore
 * compiles once (about 3 s cold on a quiet 2-core machine, most of it loading and warming the engine),
 * then never again for the same rules.
 */
final class CompiledRules {

	/** A few folders: a night's, a draft being checked, a test's copies. */
	private static final int KEPT = 4;

	private static final Map<String, RuleBase> CACHE = new LinkedHashMap<>(8, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
			return size() > KEPT;
		}
	};

	private CompiledRules() {
	}

	static synchronized RuleBase get(String key) {
		return CACHE.get(key);
	}

	static synchronized RuleBase put(String key, RuleBase rules) {
		CACHE.put(key, rules);
		return rules;
	}
}
