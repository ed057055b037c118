package uk.placewise.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationContext;

import uk.placewise.assess.Reason;
import uk.placewise.results.ResultStore;
import uk.placewise.results.RunResult;
import uk.placewise.results.SettingResult;

/**
 * {@code placewise explain URN}: everything a QA officer needs to defend a setting's score to its
 * provider: score, band and the rule that set it, visit frequency and due date, and every reason with
 * its evidence (fact, date, source file and line), newest evidence first.
 */
final class ExplainCommand {

	private final ResultStore results;

	private final PrintStream out;

	private final PrintStream err;

	ExplainCommand(ApplicationContext context, PrintStream out, PrintStream err) {
		this(context.getBean(ResultStore.class), out, err);
	}

	/** Over the results alone: the lean read path (cli/LeanRead) opens the store without Spring's context. */
	ExplainCommand(ResultStore results, PrintStream out, PrintStream err) {
		this.results = results;
		this.out = out;
		this.err = err;
	}

	/** The URN asked for, or a usage error. */
	static String urn(CommandLine line) {
		if (line.positional().size() != 1) {
			throw new UsageException("'explain' needs one URN, e.g. placewise explain SC123456");
		}
		return line.positional().get(0).trim().toUpperCase(java.util.Locale.ROOT);
	}

	int run(CommandLine line, LocalDate today) {
		String urn = urn(line);
		Optional<RunResult> run = line.options().containsKey("as-of") ? results.latestRunOnOrBefore(line.asOf(today))
				: results.latestRun();
		if (run.isEmpty()) {
			return noRunStored(err);
		}
		Optional<SettingResult> found = results.setting(run.get().runId(), urn);
		if (found.isEmpty()) {
			err.println("placewise explain: failed: " + urn + " was not assessed in the run as of " + run.get().asOf()
					+ " (unknown URN, or no child placed there)");
			return Main.FAILED;
		}
		print(run.get(), found.get());
		out.println("placewise explain: ok: " + urn + " scored " + found.get().score() + " (" + found.get().band()
				+ ") as of " + run.get().asOf());
		return Main.OK;
	}

	/** What explain says where the store holds no night (or there is no store yet). */
	static int noRunStored(PrintStream err) {
		err.println("placewise explain: failed: no nightly run is stored yet; run 'placewise nightly' first");
		return Main.FAILED;
	}

	private void print(RunResult run, SettingResult s) {
		out.println(s.urn() + "  " + s.settingName());
		// Ofsted's lists before 2018 have no owner column
		out.println("Provider:   " + (s.provider() == null ? "not known" : s.provider()) + " (" + s.settingType() + "), "
				+ (s.childrenPlaced() == 1 ? "1 child" : s.childrenPlaced() + " children") + " placed");
		int points = s.reasons().stream().mapToInt(Reason::points).sum();
		out.println("Score:      " + s.score() + ", band " + s.band() + " (" + s.bandRule() + ")"
				+ (points == s.score() ? "" : "; the rules' score, not the sum of the points below (" + points + ")"));
		out.println("QA visits:  every " + (s.visitEveryMonths() == 1 ? "month" : s.visitEveryMonths() + " months") + "; last " + (s.lastVisit() == null ? "never"
				: s.lastVisit()) + "; next due " + (s.nextDue() == null ? "not scheduled" : s.nextDue())
				+ (s.overdue() ? " (OVERDUE)" : "") + (s.scheduleRule() == null ? "" : " [" + s.scheduleRule() + "]"));
		out.println("Run:        " + run.runId() + " as of " + run.asOf() + ", rules " + run.rulesetVersion());
		out.println();
		List<Reason> newestFirst = s.reasons()
			.stream()
			.sorted(Comparator.comparing(Reason::date, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(Reason::ruleId))
			.toList();
		if (newestFirst.isEmpty()) {
			out.println("No rule awarded points.");
		}
		for (Reason r : newestFirst) {
			out.printf("  %-10s  %-15s %+4d  %s%s%n", r.date() == null ? "" : r.date(), r.ruleId(), r.points(), r.fact(),
					r.source() == null || r.source().file().isEmpty() ? "" : "  [" + r.source() + "]");
		}
		out.println();
	}
}
