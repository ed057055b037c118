package uk.placewise.assess;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rule code may name: the classes (the Placewise facts and results, java.time, java.math and basic
 * java.lang and java.util value and collection classes), and the methods and fields of those classes
 * whose types are themselves on the list. Everything else is refused, so a rule holds only values of
 * these classes and can never reach a file, the network, the environment, a process, a thread, a class
 * loader or reflection. Member names are checked without knowing the type of what they are called on,
 * so a name is allowed only if no class on the list uses it for something off the list.
 */
final class SandboxAllowlist {

	/** The classes, by fully qualified name (a nested class with a dot: java.util.Map.Entry). */
	static final Map<String, Class<?>> CLASSES = classes(List.of(
			// the Placewise fact model (SandboxAllowlistTests checks that every fact class is here)
			uk.placewise.facts.AsOf.class, uk.placewise.facts.Child.class, uk.placewise.facts.Concern.class,
			uk.placewise.facts.Cost.class, uk.placewise.facts.Enforcement.class, uk.placewise.facts.FactSet.class,
			uk.placewise.facts.Grade.class, uk.placewise.facts.Inspection.class, uk.placewise.facts.MissingEpisode.class,
			uk.placewise.facts.Placement.class, uk.placewise.facts.QaVisit.class, uk.placewise.facts.Reg44Report.class,
			uk.placewise.facts.Reg45Review.class, uk.placewise.facts.SdqScore.class, uk.placewise.facts.Setting.class,
			uk.placewise.facts.SettingType.class, uk.placewise.facts.Source.class,
			uk.placewise.facts.ViabilityCheck.class,
			// the results rules insert, and the helpers that word the evidence
			Reason.class, Flag.class, Score.class, Band.class, VisitEvery.class, FirstVisitWithin.class,
			LatestInspection.class, LatestReg44.class, LatestQaVisit.class, LatestViability.class, LatestSdq.class,
			PreviousSdq.class, Evidence.class, Measured.class,
			// numbers, text
			String.class, Math.class, StrictMath.class, Integer.class, Long.class, Double.class, Float.class,
			Short.class, Byte.class, Boolean.class, Character.class, Number.class, StringBuilder.class,
			CharSequence.class, Comparable.class, Iterable.class, Object.class,
			java.math.BigDecimal.class, java.math.BigInteger.class, java.math.RoundingMode.class,
			java.math.MathContext.class,
			// lists, sets, maps
			java.util.List.class, java.util.ArrayList.class, java.util.LinkedList.class, java.util.Set.class,
			java.util.HashSet.class, java.util.LinkedHashSet.class, java.util.TreeSet.class, java.util.SortedSet.class,
			java.util.Map.class, java.util.Map.Entry.class, java.util.HashMap.class, java.util.LinkedHashMap.class,
			java.util.TreeMap.class, java.util.SortedMap.class, java.util.Collection.class,
			java.util.Collections.class, java.util.Arrays.class, java.util.Objects.class, java.util.Optional.class,
			java.util.Comparator.class, java.util.Iterator.class, java.util.Deque.class, java.util.ArrayDeque.class,
			// dates (no clocks: dates come from the run's as-of date, AsOf)
			java.time.LocalDate.class, java.time.LocalDateTime.class, java.time.LocalTime.class,
			java.time.Instant.class, java.time.Duration.class, java.time.Period.class, java.time.YearMonth.class,
			java.time.Year.class, java.time.Month.class, java.time.MonthDay.class, java.time.DayOfWeek.class,
			java.time.ZoneId.class, java.time.ZoneOffset.class, java.time.ZonedDateTime.class,
			java.time.OffsetDateTime.class, java.time.chrono.ChronoLocalDate.class,
			java.time.format.DateTimeFormatter.class, java.time.temporal.ChronoUnit.class,
			java.time.temporal.ChronoField.class, java.time.temporal.TemporalAdjusters.class,
			java.time.temporal.TemporalAdjuster.class, java.time.temporal.Temporal.class,
			java.time.temporal.TemporalAmount.class, java.time.temporal.TemporalUnit.class,
			java.time.temporal.TemporalField.class, java.time.temporal.TemporalAccessor.class,
			java.time.chrono.ChronoPeriod.class));

	/** Packages a rule file may import with {@code .*}. */
	static final Set<String> OPEN_PACKAGES = Set.of("uk.placewise.facts", "java.time", "java.time.temporal",
			"java.time.format", "java.math");

	/** Classes every rule file sees without an import (Java's java.lang and MVEL's own). */
	static final Set<String> IMPLICIT = Set.of("String", "Math", "StrictMath", "Integer", "Long", "Double", "Float",
			"Short", "Byte", "Boolean", "Character", "Number", "StringBuilder", "CharSequence", "Comparable", "Iterable",
			"Object");

	/**
	 * Members refused although their types are on the list: they read the system's properties, wait for
	 * ever, read the wall clock, or change the whole machine's defaults.
	 */
	private static final Set<String> REFUSED_MEMBERS = Set.of("getInteger", "getLong", "getBoolean", "wait", "notify",
			"notifyAll", "now", "systemDefault", "systemUTC", "systemDefaultZone", "setDefault", "getClass", "class",
			"forName", "getDeclaringClass", "declaringClass", "describeConstable", "resolveConstantDesc");

	/** Words that open a loop that could run for ever, reach outside the rules, or define new classes. */
	static final Set<String> REFUSED_WORDS = Set.of("while", "do", "foreach", "until", "def", "class",
			"interface", "enum", "synchronized", "native", "volatile", "transient", "strictfp", "static", "super", "goto",
			"const", "global", "declare", "calendars", "timer", "duration", "kcontext", "drools");

	/** Words of the rule language (and of Java, MVEL) that may be followed by ( . */
	static final Set<String> CALL_WORDS = Set.of("if", "for", "switch", "return", "catch", "eval", "not",
			"exists", "forall", "accumulate", "acc", "collect", "from", "init", "action", "reverse", "result", "in",
			"insert", "insertLogical", "update", "modify", "retract", "delete", "count", "sum", "min", "max", "average",
			"collectList", "collectSet", "countDistinct", "variance", "standardDeviation", "memberOf", "contains",
			"matches", "excludes", "soundslike", "str", "when", "then", "or", "and", "new", "instanceof");

	/** Words after which a name is not being declared (new java.io.File is not a variable "java"). */
	static final Set<String> KEYWORDS = Set.of("new", "return", "throw", "case", "else", "in", "not", "from",
			"and", "or", "exists", "forall", "eval", "then", "when", "end", "import", "package", "rule", "query",
			"extends", "yield", "instanceof", "matches", "memberOf", "contains", "soundslike", "str", "excludes",
			"accumulate", "collect", "over", "function", "static", "assert", "do", "if");

	/** Method and field names of the classes, and their bean property names (MVEL's a.b for a.getB()). */
	static final Set<String> MEMBERS = members();

	private SandboxAllowlist() {
	}

	static boolean allowedMember(String name) {
		return MEMBERS.contains(name);
	}

	/** The class named by {@code qualified} (e.g. java.time.LocalDate, java.util.Map.Entry), if allowed. */
	static boolean allowedClass(String qualified) {
		return CLASSES.containsKey(qualified);
	}

	/** Whether a package's classes may be imported with {@code import package.*}. */
	static boolean openPackage(String pkg) {
		return OPEN_PACKAGES.contains(pkg);
	}

	/** The simple names {@code import package.*} brings in: the listed classes of that package. */
	static Set<String> simpleNamesIn(String pkg) {
		Set<String> names = new HashSet<>();
		CLASSES.forEach((name, type) -> {
			if (type.getPackageName().equals(pkg) && type.getEnclosingClass() == null) {
				names.add(type.getSimpleName());
			}
		});
		return names;
	}

	private static Map<String, Class<?>> classes(List<Class<?>> types) {
		Map<String, Class<?>> map = new LinkedHashMap<>();
		types.forEach(t -> map.put(t.getCanonicalName(), t));
		return Map.copyOf(map);
	}

	private static Set<String> members() {
		Set<Class<?>> allowed = new HashSet<>(CLASSES.values());
		Map<String, Boolean> safe = new HashMap<>();
		for (Class<?> type : allowed) {
			for (Method m : type.getMethods()) {
				if (m.isBridge() || m.isSynthetic() || takesAClass(m)) {
					// a bridge repeats a method with its interface's return type; a method taking a Class
					// cannot be called, since no rule can name or get a Class
					continue;
				}
				boolean ok = safeType(m.getReturnType(), allowed) && !REFUSED_MEMBERS.contains(m.getName());
				safe.merge(m.getName(), ok, Boolean::logicalAnd);
				String property = property(m);
				if (property != null) {
					safe.merge(property, ok, Boolean::logicalAnd);
				}
			}
			for (Field f : type.getFields()) {
				safe.merge(f.getName(), safeType(f.getType(), allowed) && !REFUSED_MEMBERS.contains(f.getName()),
						Boolean::logicalAnd);
			}
		}
		Set<String> names = new HashSet<>();
		safe.forEach((name, ok) -> {
			if (ok && !REFUSED_MEMBERS.contains(name)) {
				names.add(name);
			}
		});
		return Set.copyOf(names);
	}

	private static boolean takesAClass(Method m) {
		for (Class<?> p : m.getParameterTypes()) {
			if (p == Class.class || p == ClassLoader.class) {
				return true;
			}
		}
		return false;
	}

	private static boolean safeType(Class<?> type, Set<Class<?>> allowed) {
		while (type.isArray()) {
			type = type.getComponentType();
		}
		return type.isPrimitive() || allowed.contains(type) || type.getPackageName().equals("java.util.function");
	}

	/** getX() and isX() with no parameters: MVEL reads them as the property x. */
	private static String property(Method m) {
		String name = m.getName();
		if (m.getParameterCount() != 0) {
			return null;
		}
		if (name.startsWith("get") && name.length() > 3) {
			return decapitalize(name.substring(3));
		}
		if (name.startsWith("is") && name.length() > 2) {
			return decapitalize(name.substring(2));
		}
		return null;
	}

	/** As java.beans.Introspector: the first letter lower-cased, unless the first two are capitals (URL). */
	private static String decapitalize(String name) {
		if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
			return name;
		}
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}
}
