package uk.placewise.assess;

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
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.KieSession;

/**
 * Fires one session within the budget. Every firing is counted by rule, every fact the rules insert or
 * update is counted, and the deadline (monotonic clock) is checked after each; a watchdog halts the
 * session at the deadline too, for rules that stop firing but keep the engine busy. Over budget, the
 * session is halted (an insert over the cap also throws, so a consequence inserting in a loop stops
 * there) and {@link #fire} throws a {@link RulesBudgetException} naming the rule whose consequences
 * updated (or inserted) facts most, which is where a loop is, and the rule that fired most.
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

	/** By rule, the facts its consequences updated ([0]) and inserted ([1]): a loop's rule changes facts. */
	private final Map<String, long[]> changes = new HashMap<>();

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
		});
		long wait = Math.max(0, deadline - System.nanoTime());
		ScheduledFuture<?> watchdog = WATCHDOG.schedule(
				() -> over("ran over their time budget of " + budget.timeInWords()), wait, TimeUnit.NANOSECONDS);
		long grace = Math.max(TimeUnit.SECONDS.toNanos(5), budget.time().toNanos() / 10);
		ScheduledFuture<?> hardStop = WATCHDOG.schedule(() -> stuck.accept("the rules are still running "
				+ TimeUnit.NANOSECONDS.toSeconds(grace) + " s after their time budget of " + budget.timeInWords()
				+ (firing == null ? " (the engine is matching, no rule is firing)"
						: ": rule \"" + firing + "\" has not returned")),
				wait + grace, TimeUnit.NANOSECONDS);
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

	/** A fact updated ({@code kind} 0) or inserted (1), by the consequence of the rule that is firing. */
	private void counted(int kind) {
		String rule = firing;
		if (rule != null) {
			changes.computeIfAbsent(rule, k -> new long[2])[kind]++;
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

	/**
	 * The rule whose consequences changed facts most (updates first: an {@code update} makes every rule that
	 * matches the fact fire again, so a loop's own rule may fire less than the rules it re-fires) and the
	 * rule that fired most, each with its count, so the officer finds the rule to fix.
	 */
	private String mostFired() {
		Map.Entry<String, long[]> fired = top(firings, 0);
		if (fired == null) {
			return " before any rule fired";
		}
		String most = "rule \"" + fired.getKey() + "\" fired most, " + times(fired.getValue()[0]);
		Map.Entry<String, long[]> updated = top(changes, 0);
		Map.Entry<String, long[]> changer = updated != null ? updated : top(changes, 1);
		if (changer == null) {
			return ": " + most;
		}
		String changed = updated != null
				? "updated facts " + times(updated.getValue()[0]) + " (each update makes the rules matching the fact fire again)"
				: "inserted " + String.format(Locale.ROOT, "%,d", changer.getValue()[1]) + " facts";
		if (changer.getKey().equals(fired.getKey())) {
			return ": " + most + ", and " + changed;
		}
		return ": rule \"" + changer.getKey() + "\" " + changed + "; " + most;
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
