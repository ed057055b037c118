package uk.placewise.assess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check every rule file passes before it is compiled: it judges what the code means, not how it is
 * laid out. Each file is read into tokens as the compilers read it ({@link RuleTokens}: comments and
 * layout gone, anything they could read differently refused), its structure is read with Drools' own
 * parser ({@link RuleStructure}: dialect, attributes, functions), and then every name in it, in
 * conditions, consequences, functions, evals, accumulate code and decision-table cells alike, must be on
 * the allowlist ({@link RuleNames}, {@link SandboxAllowlist}): a class on the list, a method or field of those classes, a
 * variable the rules bind or declare, a function the rules define, or a word of the rule language.
 * Anything else is refused with the file and line (for a spreadsheet, the cell) the council edits.
 */
final class RuleSandbox {

	/** The package every rule file is in (its own classes are the only ones it may see unimported). */
	static final String PACKAGE = "uk.placewise.rules";

	static final String LIST = " (see \"What rules may use\" in rules/README.md)";

	private RuleSandbox() {
	}

	/** Every refusal in the folder's rule files, as {@code rules/file:line: message}. */
	static List<String> check(Collection<RuleFile> files) {
		Map<RuleFile, RuleStructure.Read> structures = new LinkedHashMap<>();
		Set<String> functions = new HashSet<>();
		for (RuleFile file : files) {
			RuleStructure.Read structure = RuleStructure.of(file.drl());
			structures.put(file, structure);
			functions.addAll(structure.functions());
		}
		List<String> refusals = new ArrayList<>();
		structures.forEach((file, structure) -> refusals.addAll(check(file, structure, functions)));
		refusals.addAll(recursion(structures));
		return refusals;
	}

	/** Functions that call themselves, directly or through others: recursion could run for ever. */
	private static List<String> recursion(Map<RuleFile, RuleStructure.Read> structures) {
		Map<String, Set<String>> calls = new HashMap<>();
		structures.values().forEach(s -> s.bodies().forEach(f -> calls.put(f.name(), f.calls())));
		List<String> refusals = new ArrayList<>();
		structures.forEach((file, structure) -> structure.bodies().forEach(f -> {
			if (reaches(f.name(), f.name(), calls, new HashSet<>())) {
				refusals.add(file.where(f.line(), f.name()) + "function " + f.name() + " calls itself (directly or "
						+ "through other functions): recursion is not allowed in rules, it could run for ever");
			}
		}));
		return refusals;
	}

	private static boolean reaches(String from, String target, Map<String, Set<String>> calls, Set<String> seen) {
		for (String called : calls.getOrDefault(from, Set.of())) {
			if (called.equals(target) || calls.containsKey(called) && seen.add(called) && reaches(called, target, calls, seen)) {
				return true;
			}
		}
		return false;
	}

	private static List<String> check(RuleFile file, RuleStructure.Read structure, Set<String> functions) {
		Set<String> refusals = new LinkedHashSet<>();
		RuleTokens read = RuleTokens.of(file.drl());
		read.problems().forEach(p -> refusals.add(file.where(p.line(), p.token()) + p.message()));
		if (!read.problems().isEmpty()) {
			return List.copyOf(refusals);
		}
		structure.refusals().forEach(r -> refusals.add(file.where(r.line(), r.token()) + r.message()));
		new RuleNames(file, read.tokens(), functions, refusals).run();
		return firstOfEachPlace(refusals);
	}

	/** One refusal per line (or cell): the rest of a refused line is usually the same mistake again. */
	private static List<String> firstOfEachPlace(Collection<String> refusals) {
		Map<String, String> first = new LinkedHashMap<>();
		for (String refusal : refusals) {
			first.putIfAbsent(refusal.substring(0, refusal.indexOf(": ") + 2), refusal);
		}
		return List.copyOf(first.values());
	}
}
