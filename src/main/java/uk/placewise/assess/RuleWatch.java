package uk.placewise.assess;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.KieSession;

/**
 * Fires one session within the budget. Every firing is counted by rule, every fact the rules insert or
 * update is counted, and the deadline (monotonic clock) is checked after each; a watchdog halts the
 * session at the deadline too, for rules that stop firing but keep the engine busy. Over budget, the
 * session is halted (an insert over the cap also throws, so a consequence inserting in a loop stops
 * there) and {@link #fire} throws a {@link RulesBudgetException} naming the rules whose consequences
 * updated, inserted or deleted facts most, which is where a loop is, and the rule that fired most.
 */
final class RuleWatch {

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "placewise-rules-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private final KieSession session;

	private final RuleBudget budget;

	private final long deadline;

	private final Map<String, long[]> firings = new HashMap<>();

	/**
	 * By rule, the facts its consequences updated ([0]), inserted ([1]) and deleted ([2]): a loop's rule
	 * changes facts.
	 */
	private final Map<String, long[]> changes = new HashMap<>();

	/** The rules that fired and have {@code no-loop true}: their own updates do not fire them again. */
	private final java.util.Set<String> noLoop = new java.util.HashSet<>();

	private long inserts;

	private volatile String exceeded;

	/** The rule whose consequence is running, if one is. */
	private volatile String firing;

	/**
	 * What happens when the rules are still busy well after their budget (a consequence or function that
	 * computes without firing or inserting, which halting cannot stop): the process ends with exit 1,
	 * the message on standard error. Tests replace it.
	 */
	static volatile java.util.function.Consumer<String> stuck = message -> {
		System.err.println("placewise: failed: " + message + "; the process is stopped (exit 1), the previous "
				+ "outputs are unchanged");
		System.err.flush();
		Runtime.getRuntime().halt(1);
	};

	/**
	 * The least time the rules may go on past their budget before the process is stopped: a night at
	 * national scale that only just runs over halts at its next firing, well within it. Tests of the stop
	 * itself make it small (the process they start would otherwise spin a core for the whole of it).
	 */
	static volatile Duration leastGrace = Duration.ofSeconds(5);

	/**
	 * @param deadline {@link System#nanoTime()} by which all sessions of the night must be done
	 */
	RuleWatch(KieSession session, RuleBudget budget, long deadline) {
		this.session = session;
		this.budget = budget;
		this.deadline = deadline;
	}

	/** Fires the session's rules; the facts must be in already (they are not counted). */
	void fire() {
		session.addEventListener(new DefaultAgendaEventListener() {
			@Override
			public void beforeMatchFired(BeforeMatchFiredEvent event) {
				firing = event.getMatch().getRule().getName();
				if (event.getMatch().getRule() instanceof org.drools.base.definitions.rule.impl.RuleImpl rule
						&& rule.isNoLoop()) {
					noLoop.add(firing);
				}
			}

			@Override
			public void afterMatchFired(AfterMatchFiredEvent event) {
				firing = null;
				firings.computeIfAbsent(event.getMatch().getRule().getName(), k -> new long[1])[0]++;
				if (System.nanoTime() - deadline > 0) {
					over("ran over their time budget of " + budget.timeInWords());
				}
			}
		});
		session.addEventListener(new DefaultRuleRuntimeEventListener() {
			@Override
			public void objectInserted(ObjectInsertedEvent event) {
				counted(1);
			}

			@Override
			public void objectUpdated(ObjectUpdatedEvent event) {
				counted(0);
			}

			@Override
			public void objectDeleted(ObjectDeletedEvent event) {
				counted(2);
			}
		});
		long wait = Math.max(0, deadline - System.nanoTime());
		ScheduledFuture<?> watchdog = WATCHDOG.schedule(
				() -> over("ran over their time budget of " + budget.timeInWords()), wait, TimeUnit.NANOSECONDS);
		Duration grace = grace(budget);
		ScheduledFuture<?> hardStop = WATCHDOG.schedule(() -> stuck.accept("the rules are still running "
				+ RuleBudget.inWords(grace) + " after their time budget of " + budget.timeInWords()
				+ (firing == null ? " (the engine is matching, no rule is firing)"
						: ": rule \"" + firing + "\" has not returned")),
				wait + grace.toNanos(), TimeUnit.NANOSECONDS);
		try {
			session.fireAllRules();
		}
		catch (RuntimeException ex) {
			if (exceeded == null) {
				throw ex;
			}
		}
		finally {
			watchdog.cancel(false);
			hardStop.cancel(false);
		}
		if (exceeded != null) {
			throw new RulesBudgetException("the rules " + exceeded + mostFired());
		}
	}

	/** How long past the budget the rules are stopped by ending the process: a tenth of it, at least {@link #leastGrace}. */
	static Duration grace(RuleBudget budget) {
		Duration tenth = budget.time().dividedBy(10);
		Duration least = leastGrace;
		return tenth.compareTo(least) > 0 ? tenth : least;
	}

	/** A fact updated ({@code kind} 0) or inserted (1), by the consequence of the rule that is firing. */
	private void counted(int kind) {
		String rule = firing;
		if (rule != null) {
			changes.computeIfAbsent(rule, k -> new long[3])[kind]++;
		}
		if (++inserts > budget.maxInserts()) {
			over("inserted or updated more than " + String.format(Locale.ROOT, "%,d", budget.maxInserts())
					+ " facts in one session");
			throw new RulesBudgetException("the rules " + exceeded);
		}
		if (System.nanoTime() - deadline > 0) {
			over("ran over their time budget of " + budget.timeInWords());
			throw new RulesBudgetException("the rules " + exceeded);
		}
	}

	private void over(String why) {
		if (exceeded == null) {
			exceeded = why;
		}
		session.halt();
	}

	/** A changer is named when its updates, inserts or deletes are at least this share of all the rules' changes. */
	static final double SIGNIFICANT = 0.10;

	/**
	 * The rules whose consequences changed facts most, by kind (the one or two that updated most, then
	 * inserted most, then deleted most, each only when its count is a significant share of all the changes,
	 * so one update beside 99,994 inserts is not blamed, and an insert or delete count only when it is more
	 * than twice all the updates, so the rules an update loop re-fires are not blamed), and the rule that fired most, each with its count,
	 * so the officer finds the rule to fix. Updates come first: an {@code update} makes every rule that
	 * matches the fact fire again, so a loop's own rule may fire less than the rules it re-fires.
	 */
	private String mostFired() {
		Map.Entry<String, long[]> fired = top(firings, 0);
		if (fired == null) {
			return " before any rule fired";
		}
		String most = "fired most, " + times(fired.getValue()[0]);
		long total = changes.values().stream().mapToLong(c -> c[0] + c[1] + c[2]).sum();
		long updates = changes.values().stream().mapToLong(c -> c[0]).sum();
		Map<String, java.util.List<String>> named = new java.util.LinkedHashMap<>();
		for (int kind = 0; kind < 3; kind++) {
			for (Map.Entry<String, long[]> e : tops(changes, kind)) {
				long n = e.getValue()[kind];
				// a rule matching an updated fact fires (and inserts) once per update: an echo, not the loop
				boolean echo = kind > 0 && n <= 2 * updates;
				if (n >= SIGNIFICANT * total && !echo) {
					named.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(changed(e.getKey(), kind, n));
				}
			}
		}
		if (named.isEmpty()) {
			return ": rule \"" + fired.getKey() + "\" " + most;
		}
		if (named.size() == 1 && named.containsKey(fired.getKey())) {
			return ": rule \"" + fired.getKey() + "\" " + most + ", and " + String.join(" and ", named.get(fired.getKey()));
		}
		java.util.List<String> parts = new java.util.ArrayList<>();
		named.forEach((rule, what) -> parts.add("rule \"" + rule + "\" " + String.join(", ", what)
				+ (rule.equals(fired.getKey()) ? ", and " + most : "")));
		if (!named.containsKey(fired.getKey())) {
			parts.add("rule \"" + fired.getKey() + "\" " + most);
		}
		return ": " + String.join("; ", parts);
	}

	private String changed(String rule, int kind, long n) {
		return switch (kind) {
			case 0 -> "updated facts " + times(n) + (noLoop.contains(rule)
					? " (it has no-loop true, so another rule's update of the same facts fires it again: look for that rule)"
					: " (each update makes the rules matching the fact fire again)");
			case 1 -> "inserted " + String.format(Locale.ROOT, "%,d", n) + " facts";
			default -> "deleted " + String.format(Locale.ROOT, "%,d", n) + " facts";
		};
	}

	/** The two rules with the largest count {@code index}, largest first, ties by name. */
	private static java.util.List<Map.Entry<String, long[]>> tops(Map<String, long[]> counts, int index) {
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue()[index] > 0)
			.sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[index])
				.reversed()
				.thenComparing(Map.Entry::getKey))
			.limit(2)
			.toList();
	}

	/** The rule with the largest count {@code index}, ties by name; null when none counted one. */
	private static Map.Entry<String, long[]> top(Map<String, long[]> counts, int index) {
		return counts.entrySet()
			.stream()
			.filter(e -> e.getValue()[index] > 0)
			.max(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[index])
				.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
			.orElse(null);
	}

	private static String times(long n) {
		return String.format(Locale.ROOT, "%,d", n) + " times";
	}
}
