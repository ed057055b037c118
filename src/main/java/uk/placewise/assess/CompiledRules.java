package uk.placewise.assess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.kie.api.KieBase;

/**
 * The rulesets this process has compiled, by the version of their rule files (the SHA-256 of each DRL
 * file's and decision table's relative path and content: the ruleset version without the scenarios,
 * notes and facts.yml, which are not compiled), so a process that runs many nights (the demo's year of
 * month ends, the bench, the test suites) compiles one ruleset once, wherever its folder is. A changed
 * rule file changes the version, so it is compiled afresh. What is kept does not depend on the folder: the engine sees every file by its path
 * inside the folder, and a warning that names a file keeps that path, to which each folder's
 * {@link RuleBase} puts its own name in front. A compiled knowledge base is shared safely, as every night
 * takes sessions of its own.
 * <p>
 * Only in memory: Drools 10.2 cannot write a knowledge base to disk (it is not serialisable), and
 * reloading a compiled kjar needs drools-xml-support for its kmodule.xml. A new process therefore
 * compiles once (about 3 s cold on a quiet 2-core machine, most of it loading and warming the engine),
 * then never again for the same rules; a night that reuses an unchanged night's results does not ask
 * for the rules at all (the warnings it reports were stored with the ruleset, {@code ruleset_warning}).
 */
final class CompiledRules {

	/** A few rulesets: a night's, a draft being checked, a test's variants. */
	private static final int KEPT = 8;

	private static final AtomicLong ASKED = new AtomicLong();

	private static final AtomicLong COMPILED = new AtomicLong();

	private static final Map<String, Entry> CACHE = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
			return size() > KEPT;
		}
	};

	/**
	 * A compiled ruleset: the engine's knowledge base and what it warned about building it, in order.
	 */
	record Entry(KieBase kieBase, List<Warning> warnings) {
	}

	/**
	 * One engine warning: {@code file} is the path inside the rules folder it names (null when the engine
	 * named no file of the folder), {@code where} the line and message after it ({@code :12: text}).
	 */
	record Warning(String file, String where) {

		/** As a folder named {@code prefix} (e.g. {@code rules/}) says it: {@code rules/ofsted.drl:12: text}. */
		String in(String prefix) {
			return file == null ? where : prefix + file + where;
		}
	}

	private CompiledRules() {
	}

	/** The compiled rule files of this version, or null; counted as a request for compiled rules. */
	static synchronized Entry get(String version) {
		ASKED.incrementAndGet();
		return CACHE.get(version);
	}

	/** Keeps a ruleset this process has just compiled; counted as a compilation. */
	static synchronized Entry put(String version, Entry compiled) {
		COMPILED.incrementAndGet();
		CACHE.put(version, compiled);
		return compiled;
	}

	static RuleBase.Compilations counts() {
		return new RuleBase.Compilations(ASKED.get(), COMPILED.get());
	}
}
