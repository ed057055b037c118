package uk.placewise.assess;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A static check of rule text before it is compiled: rules may use the Placewise fact model, the
 * assessment result types and a short list of plain Java value and collection classes, and nothing
 * else (no files, network, processes, threads, class loading or reflection). It reads the DRL as
 * text, so it also covers functions, consequences and the code cells of decision tables.
 */
final class RuleSandbox {

	/** Result and helper types in this package that rules may use. */
	private static final Set<String> ASSESS_TYPES = Set.of("Reason", "Flag", "Score", "Band", "VisitEvery",
			"FirstVisitWithin", "LatestInspection", "LatestReg44", "LatestQaVisit", "LatestViability", "LatestSdq", "PreviousSdq",
			"Evidence", "Measured");

	private static final Set<String> JAVA_LANG = Set.of("String", "Math", "StrictMath", "Integer", "Long", "Double",
			"Float", "Short", "Byte", "Boolean", "Character", "Number", "StringBuilder", "CharSequence", "Comparable",
			"Iterable", "Object", "Enum");

	private static final Set<String> JAVA_UTIL = Set.of("List", "ArrayList", "LinkedList", "Set", "HashSet",
			"LinkedHashSet", "TreeSet", "SortedSet", "Map", "HashMap", "LinkedHashMap", "TreeMap", "SortedMap",
			"Collection", "Collections", "Arrays", "Objects", "Optional", "Comparator", "Iterator", "Locale", "Deque",
			"ArrayDeque");

	/** Packages whose every class is allowed (and their sub-packages, for java.time). */
	private static final List<String> OPEN_PACKAGES = List.of("uk.placewise.facts", "java.time", "java.math");

	/**
	 * Names refused wherever they appear as a word: java.lang classes that reach the machine, and
	 * the method names of reflection and of the engine's internals.
	 */
	private static final Set<String> REFUSED_WORDS = Set.of("System", "Runtime", "Thread", "ThreadGroup",
			"ThreadLocal", "InheritableThreadLocal", "ClassLoader", "ProcessBuilder", "Process", "ProcessHandle",
			"Class", "SecurityManager", "StackWalker", "Module", "ModuleLayer", "Compiler", "getClass", "forName",
			"getClassLoader", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField", "getDeclaredFields",
			"getDeclaredConstructor", "getDeclaredConstructors", "getMethod", "getMethods", "getField", "getFields",
			"getConstructor", "setAccessible", "newInstance", "invoke", "getKieRuntime", "getKnowledgeRuntime",
			"getWorkingMemory", "getKieBase", "getKnowledgeBase");

	private static final Pattern IMPORT = Pattern
		.compile("^\\s*import\\s+(?:static\\s+|function\\s+|accumulate\\s+)?([A-Za-z_$][\\w$]*(?:\\.[\\w$*]+)*)");

	/** A qualified name at the start of an expression: lower-case segments, then a class name. */
	private static final Pattern QUALIFIED = Pattern
		.compile("(?<![\\w$.])((?:[a-z_][\\w]*\\.)+)([A-Z][\\w$]*)");

	private static final Pattern WORD = Pattern.compile("(?<![\\w$])([A-Za-z_][\\w]*)(?![\\w$])");

	private static final Pattern CLASS_LITERAL = Pattern.compile("\\.\\s*class\\b");

	private RuleSandbox() {
	}

	/**
	 * Every refusal in one rule text, as {@code name:line: message}.
	 *
	 * @param name the file name to report (e.g. rules/ofsted.drl)
	 * @param lineOf maps a line of {@code drl} to the line (or spreadsheet row) to report
	 */
	static List<String> check(String name, String drl, IntUnaryOperator lineOf) {
		List<String> refusals = new ArrayList<>();
		String[] lines = code(drl).split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			String where = name + ":" + lineOf.applyAsInt(i + 1) + ": ";
			if (line.trim().startsWith("package ")) {
				continue;
			}
			Matcher imp = IMPORT.matcher(line);
			if (imp.find()) {
				String imported = imp.group(1);
				if (!importAllowed(imported)) {
					refusals.add(where + "import " + imported + " is outside the Placewise fact model and the "
							+ "allowed Java classes (java.time, java.math, basic java.lang and java.util collections)");
				}
				continue;
			}
			Matcher q = QUALIFIED.matcher(line);
			while (q.find()) {
				String pkg = q.group(1).substring(0, q.group(1).length() - 1);
				if (!classAllowed(pkg, q.group(2))) {
					refusals.add(where + pkg + "." + q.group(2) + " is outside the Placewise fact model and the "
							+ "allowed Java classes");
				}
			}
			List<String> refused = new ArrayList<>();
			Matcher w = WORD.matcher(line);
			while (w.find()) {
				if (REFUSED_WORDS.contains(w.group(1)) && !refused.contains(w.group(1))) {
					refused.add(w.group(1));
				}
			}
			if (!refused.isEmpty()) {
				refusals.add(where + String.join(", ", refused) + (refused.size() == 1 ? " is" : " are")
						+ " not allowed in rules (system, process, thread, class-loading and reflection calls are "
						+ "refused)");
			}
			if (CLASS_LITERAL.matcher(line).find()) {
				refusals.add(where + ".class is not allowed in rules (reflection is refused)");
			}
		}
		return refusals;
	}

	private static boolean importAllowed(String imported) {
		if (imported.endsWith(".*")) {
			String pkg = imported.substring(0, imported.length() - 2);
			return OPEN_PACKAGES.stream().anyMatch(open -> pkg.equals(open) || pkg.startsWith(open + "."));
		}
		// import function a.b.C.method: the class is the last capitalised segment
		String[] parts = imported.split("\\.");
		int cls = -1;
		for (int i = 0; i < parts.length; i++) {
			if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
				cls = i;
				break;
			}
		}
		if (cls <= 0) {
			return false;
		}
		return classAllowed(String.join(".", List.of(parts).subList(0, cls)), parts[cls]);
	}

	private static boolean classAllowed(String pkg, String cls) {
		if (OPEN_PACKAGES.stream().anyMatch(open -> pkg.equals(open) || pkg.startsWith(open + "."))) {
			return !pkg.startsWith("uk.placewise.facts.");
		}
		return switch (pkg) {
			case "uk.placewise.assess" -> ASSESS_TYPES.contains(cls);
			case "java.lang" -> JAVA_LANG.contains(cls);
			case "java.util" -> JAVA_UTIL.contains(cls);
			default -> false;
		};
	}

	/** The text with comments and string literals blanked out, keeping every line break. */
	static String code(String drl) {
		StringBuilder out = new StringBuilder(drl.length());
		int i = 0;
		while (i < drl.length()) {
			char c = drl.charAt(i);
			char next = i + 1 < drl.length() ? drl.charAt(i + 1) : 0;
			if (c == '/' && next == '/' || c == '#' && (i == 0 || drl.charAt(i - 1) == '\n')) {
				while (i < drl.length() && drl.charAt(i) != '\n') {
					out.append(' ');
					i++;
				}
			}
			else if (c == '/' && next == '*') {
				int end = drl.indexOf("*/", i + 2);
				end = end < 0 ? drl.length() : end + 2;
				blank(drl, i, end, out);
				i = end;
			}
			else if (c == '"' || c == '\'') {
				int end = i + 1;
				while (end < drl.length() && drl.charAt(end) != c && drl.charAt(end) != '\n') {
					end += drl.charAt(end) == '\\' ? 2 : 1;
				}
				end = Math.min(end, drl.length());
				boolean closed = end < drl.length() && drl.charAt(end) == c;
				out.append(c);
				blank(drl, i + 1, end, out);
				if (closed) {
					out.append(c);
					end++;
				}
				i = end;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	private static void blank(String text, int from, int to, StringBuilder out) {
		for (int j = from; j < to; j++) {
			out.append(text.charAt(j) == '\n' ? '\n' : ' ');
		}
	}
}
