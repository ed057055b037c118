package uk.placewise.report.pdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the rules impact PDF shows (a plain view, built by the impact package): both rulesets, the
 * night whose facts both ran over, the band moves, the QA visits a month against the team's capacity,
 * the flags added and removed by kind, and the largest changes with their reasons.
 *
 * @param bandMoves settings by band under the live rules (row) and the draft (column), Critical first
 * @param capacity QA visits the team can make in a month, or null for no limit
 * @param notes what the board should know beside the numbers (a look-back window that differs, ...)
 */
public record ImpactView(String council, LocalDate asOf, Ruleset live, Ruleset draft, long nightRun,
		LocalDate nightAsOf, String nightVersion, int settings, int changed, List<List<Integer>> bandMoves,
		List<MonthVisits> months, Integer capacity, double averageBefore, double averageAfter,
		List<FlagKind> flags, List<Change> largest, List<String> notes) {

	public record Ruleset(String folder, String version) {
	}

	public record MonthVisits(YearMonth month, int before, int after) {
	}

	public record FlagKind(String flag, int added, int removed) {
	}

	/** One setting's change; {@code added} and {@code removed} are reasons as {@code RULE-ID:points}. */
	public record Change(String urn, String setting, String provider, int scoreBefore, int scoreAfter,
			Band bandBefore, Band bandAfter, int everyBefore, int everyAfter, LocalDate dueBefore,
			LocalDate dueAfter, List<String> added, List<String> removed) {
	}
}
