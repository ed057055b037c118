package uk.placewise.assess;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
 * there) and {@link #fire} throws a {@link RulesBudgetException} naming the rule that fired most.
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
				counted();
			}

			@Override
			public void objectUpdated(ObjectUpdatedEvent event) {
				counted();
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

	private void counted() {
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
	 * The rule that fired most, and beside it any rule that fired nearly as often (a loop re-fires every
	 * rule that matches the fact it updates, so the rule at fault may not be the one with the top count).
	 */
	private String mostFired() {
		List<Map.Entry<String, long[]>> ranked = firings.entrySet()
			.stream()
			.sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0])
				.reversed()
				.thenComparing(Map.Entry::getKey))
			.toList();
		if (ranked.isEmpty()) {
			return " before any rule fired";
		}
		long top = ranked.get(0).getValue()[0];
		StringBuilder said = new StringBuilder(": rule \"" + ranked.get(0).getKey() + "\" fired most, " + times(top));
		List<String> close = ranked.stream()
			.skip(1)
			.limit(3)
			.filter(e -> e.getValue()[0] * 10 >= top * 9)
			.map(e -> "\"" + e.getKey() + "\" " + times(e.getValue()[0]))
			.toList();
		if (!close.isEmpty()) {
			said.append(" (then ").append(String.join(", ", close)).append(")");
		}
		return said.toString();
	}

	private static String times(long n) {
		return String.format(Locale.ROOT, "%,d", n) + " times";
	}
}
