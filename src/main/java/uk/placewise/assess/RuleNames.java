package uk.placewise.assess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.placewise.assess.RuleTokens.Token;

/**
 * One pass over a rule file's tokens, judging every name: after a dot or {@code ::} a method or field on
 * the list; a capitalised name a class on the list that the file imports (or java.lang's basic ones); a
 * dotted name a class on the list in full; a call a function the rules define, a method on the list or a
 * word of the rule language; words that loop for ever, reach the engine or define classes are refused.
 * Names the rules bind or declare are variables: what follows their dot is checked as members.
 */
final class RuleNames {

	private final RuleFile file;

	private final List<Token> t;

	private final Set<String> functions;

	private final Set<String> refusals;

	private final Set<String> types = new HashSet<>(SandboxAllowlist.IMPLICIT);

	private final Set<String> declared = new HashSet<>();

	private final boolean[] done;

	RuleNames(RuleFile file, List<Token> tokens, Set<String> functions, Set<String> refusals) {
		this.file = file;
		this.t = tokens;
		this.functions = functions;
		this.refusals = refusals;
		this.done = new boolean[tokens.size()];
	}

	void run() {
		for (int i = 0; i < t.size(); i++) {
			if (t.get(i).is("package")) {
				packageLine(i);
			}
			else if (t.get(i).is("import")) {
				importLine(i);
			}
		}
		declarations();
		for (int i = 0; i < t.size(); i++) {
			if (!done[i]) {
				token(i);
			}
		}
	}

	private void token(int i) {
		Token tok = t.get(i);
		if (tok.is("@")) {
			refuse(tok, "annotations (@...) are not allowed in rules");
			return;
		}
		if (!tok.ident()) {
			return;
		}
		String name = tok.text();
		Token before = i > 0 ? t.get(i - 1) : null;
		if (before != null && (before.is(".") || before.is("::"))) {
			if (!SandboxAllowlist.allowedMember(name)) {
				refuse(tok, name + " is not a method or field rules may use" + RuleSandbox.LIST);
			}
			return;
		}
		if (name.startsWith("$") || name.equals("this")) {
			return;
		}
		if ((name.equals("drools") || name.equals("kcontext")) && ruleName(i)) {
			return;
		}
		Token after = i + 1 < t.size() ? t.get(i + 1) : null;
		if (name.equals("dialect") && after != null && after.kind() == RuleTokens.Kind.LITERAL
				&& !after.text().equals("\"java\"")) {
			refuse(tok, "dialect " + after.text() + " is not allowed: rules are written in the java dialect");
			return;
		}
		if (name.equals("for") && classicFor(i)) {
			refuse(tok, "'for ( ...; ...; ... )' is not allowed in rules (a loop could run for ever: use "
					+ "for ( X x : list ) over a list)");
			return;
		}
		if (SandboxAllowlist.REFUSED_WORDS.contains(name)) {
			refuse(tok, "'" + name + "' is not allowed in rules" + why(name));
			return;
		}
		if (Character.isUpperCase(name.charAt(0))) {
			if (!types.contains(name)) {
				refuse(tok, name + " is not a class rules may use" + RuleSandbox.LIST);
			}
			return;
		}
		if (after != null && after.is("(")) {
			if (!SandboxAllowlist.CALL_WORDS.contains(name) && !functions.contains(name) && !SandboxAllowlist.allowedMember(name)) {
				refuse(tok, name + "( ) is not a function or method rules may call" + RuleSandbox.LIST);
			}
			return;
		}
		if (after != null && after.is(".") && !declared.contains(name) && !SandboxAllowlist.allowedMember(name)) {
			qualified(i);
		}
	}

	/** A for loop with a condition (;) rather than one over a list (:). */
	private boolean classicFor(int i) {
		int depth = 0;
		for (int k = i + 1; k < t.size(); k++) {
			Token tok = t.get(k);
			if (tok.is("(")) {
				depth++;
			}
			else if (tok.is(")") && --depth == 0) {
				return false;
			}
			else if (depth == 1 && tok.is(";")) {
				return true;
			}
		}
		return false;
	}

	/** A name such as java.time.LocalDate: its package and class must be on the list. */
	private void qualified(int i) {
		List<String> parts = new ArrayList<>();
		int j = i;
		while (j < t.size() && t.get(j).ident()) {
			parts.add(t.get(j).text());
			if (Character.isUpperCase(t.get(j).text().charAt(0))) {
				break;
			}
			if (j + 2 < t.size() && t.get(j + 1).is(".") && t.get(j + 2).ident()) {
				j += 2;
			}
			else {
				break;
			}
		}
		String name = String.join(".", parts);
		if (!Character.isUpperCase(parts.get(parts.size() - 1).charAt(0)) || !SandboxAllowlist.allowedClass(name)) {
			refuse(t.get(i), name + " is not a class rules may use" + RuleSandbox.LIST);
		}
		for (int k = i; k <= j; k++) {
			done[k] = true;
		}
	}

	/** The one use of the engine's own variables rules need: drools.getRule().getName(). */
	private boolean ruleName(int i) {
		String[] expected = { ".", "getRule", "(", ")", ".", "getName", "(", ")" };
		if (i + expected.length >= t.size()) {
			return false;
		}
		for (int k = 0; k < expected.length; k++) {
			if (!t.get(i + 1 + k).is(expected[k])) {
				return false;
			}
		}
		for (int k = 0; k <= expected.length; k++) {
			done[i + k] = true;
		}
		return true;
	}

	private void packageLine(int i) {
		String[] expected = RuleSandbox.PACKAGE.replace(".", " . ").split(" ");
		boolean ok = i + expected.length < t.size();
		for (int k = 0; ok && k < expected.length; k++) {
			ok = t.get(i + 1 + k).is(expected[k]);
		}
		int end = i + 1 + expected.length;
		if (!ok || end < t.size() && t.get(end).is(".")) {
			refuse(t.get(i), "rule files must be in package " + RuleSandbox.PACKAGE);
		}
		for (int k = i; k < Math.min(end, t.size()); k++) {
			done[k] = true;
		}
	}

	private void importLine(int i) {
		done[i] = true;
		int j = i + 1;
		String kind = "";
		if (j < t.size() && (t.get(j).is("static") || t.get(j).is("function") || t.get(j).is("accumulate"))) {
			kind = t.get(j).text();
			done[j++] = true;
		}
		List<String> parts = new ArrayList<>();
		while (j < t.size() && (t.get(j).ident() || t.get(j).is("*"))) {
			parts.add(t.get(j).text());
			done[j] = true;
			if (j + 2 < t.size() && t.get(j + 1).is(".") && (t.get(j + 2).ident() || t.get(j + 2).is("*"))) {
				done[j + 1] = true;
				j += 2;
			}
			else {
				break;
			}
		}
		String name = String.join(".", parts);
		String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
		String owner = parts.size() < 2 ? "" : name.substring(0, name.length() - last.length() - 1);
		boolean ok;
		if (kind.equals("accumulate")) {
			ok = false;
		}
		else if (kind.isEmpty() && last.equals("*")) {
			ok = SandboxAllowlist.openPackage(owner);
			if (ok) {
				types.addAll(SandboxAllowlist.simpleNamesIn(owner));
			}
		}
		else if (kind.isEmpty()) {
			ok = SandboxAllowlist.allowedClass(name);
			if (ok) {
				types.add(last);
			}
		}
		else {
			ok = SandboxAllowlist.allowedClass(owner) && (last.equals("*") || SandboxAllowlist.allowedMember(last));
		}
		if (!ok) {
			refuse(t.get(i), "import " + (kind.isEmpty() ? "" : kind + " ") + name
					+ " is not on the list of what rules may use" + RuleSandbox.LIST);
		}
	}

	/**
	 * Names the rules bind or declare ({@code $u : urn}, {@code MissingEpisode latest}, lambda and
	 * function parameters): a dotted name starting with one is a variable's member, not a package.
	 */
	private void declarations() {
		for (int i = 1; i < t.size(); i++) {
			Token tok = t.get(i);
			if (!tok.ident()) {
				continue;
			}
			Token before = t.get(i - 1);
			Token after = i + 1 < t.size() ? t.get(i + 1) : null;
			boolean typed = before.ident() && !SandboxAllowlist.KEYWORDS.contains(before.text()) || before.is(">") || before.is("]");
			boolean bound = after != null && after.is(":");
			boolean lambda = after != null && (after.is("->") || after.is(",") || after.is(")"))
					&& lambdaAhead(i);
			if (typed || bound || lambda) {
				declared.add(tok.text());
			}
		}
	}

	private boolean lambdaAhead(int i) {
		for (int k = i + 1; k < Math.min(t.size(), i + 20); k++) {
			if (t.get(k).is("->")) {
				return true;
			}
			if (!t.get(k).ident() && !t.get(k).is(",") && !t.get(k).is(")")) {
				return false;
			}
		}
		return false;
	}

	private void refuse(Token at, String message) {
		refusals.add(file.where(at.line(), at.text()) + message);
	}

	private static String why(String word) {
		return switch (word) {
			case "while", "do", "foreach", "until" -> " (a loop could run for ever: use for ( X x : list ) over a list)";
			case "drools", "kcontext" -> " (the engine itself; only drools.getRule().getName() is allowed)";
			case "global", "declare" -> " (rules use the Placewise facts and results only)";
			case "timer", "calendars", "duration" -> " (rules run once a night, against the run's as-of date)";
			default -> " (rules may not define classes or reach outside the rules)";
		};
	}
}
