package uk.placewise.assess;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import uk.placewise.facts.Concern;
import uk.placewise.facts.Grade;
import uk.placewise.facts.Inspection;
import uk.placewise.facts.MissingEpisode;
import uk.placewise.facts.Placement;
import uk.placewise.facts.SdqScore;

/**
 * Wording helpers the rules call to put a fact into words. No thresholds live here: only how a
 * judgement, a month or a list of facts is written in a reason.
 */
public final class Evidence {

	private Evidence() {
	}

	/**
	 * Refuses evidence longer than a result can keep ({@link Reason#MAX_FACT} characters), where the rule
	 * that wrote it is still on the stack: the night then fails naming the rule, instead of a database
	 * error at the end, and {@code rules check} never prints a text of any size.
	 */
	static void bounded(String what, String fact) {
		if (fact != null && fact.length() > Reason.MAX_FACT) {
			throw new IllegalArgumentException(what + ": the evidence is " + fact.length() + " characters long (at most "
					+ Reason.MAX_FACT + ")");
		}
	}

	/** "Inadequate", or for supported accommodation the published outcome and the grade it scores as. */
	public static String judgement(Inspection inspection) {
		Grade grade = inspection.grade();
		String label = grade == null ? "no judgement" : grade.label();
		if (inspection.mappedFrom() != null && !inspection.mappedFrom().isBlank()) {
			return inspection.mappedFrom() + " (supported accommodation outcome, scored as " + label + ")";
		}
		return label;
	}

	/** "Latest full inspection 2025-03-12: Inadequate". */
	public static String latestJudgement(Inspection inspection) {
		return "Latest full inspection " + inspection.date() + ": " + judgement(inspection);
	}

	/** "2026-10". */
	public static String month(LocalDate date) {
		return YearMonth.from(date).toString();
	}

	/** "67%" (rounded down, so 79.9% never reads as 80%). */
	public static String percent(Number part, Number whole) {
		return (long) Math.floor(100.0 * part.doubleValue() / whole.doubleValue()) + "%";
	}

	/** "1.50". */
	public static String rate(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/** The most recent missing episode (by start) among the given ones. */
	public static MissingEpisode latestEpisode(Collection<?> episodes) {
		return episodes.stream()
			.map(MissingEpisode.class::cast)
			.max(Comparator.comparing(MissingEpisode::start).thenComparing(MissingEpisode::child))
			.orElse(null);
	}

	/** The most recently raised concern among the given ones. */
	public static Concern latestConcern(Collection<?> concerns) {
		return concerns.stream()
			.map(Concern.class::cast)
			.max(Comparator.comparing(Concern::raised).thenComparing(Concern::concernId))
			.orElse(null);
	}

	/** "C101 (2026-03-02, safeguarding), C102 (2026-05-10, allegation)", oldest first. */
	public static String concerns(Collection<?> concerns) {
		return concerns.stream()
			.map(Concern.class::cast)
			.sorted(Comparator.comparing(Concern::raised).thenComparing(Concern::concernId))
			.map(c -> c.concernId() + " (" + c.raised() + ", " + c.category() + ")")
			.collect(Collectors.joining(", "));
	}

	/** The placement that began first among the given ones. */
	public static Placement earliestPlacement(Collection<?> placements) {
		return placements.stream()
			.map(Placement.class::cast)
			.min(Comparator.comparing(Placement::placedSince).thenComparing(Placement::child))
			.orElse(null);
	}

	/** How far the latest score rose above the previous one (0 when there is no previous score). */
	public static int riseSince(SdqScore latest, Collection<?> previous) {
		return previous.stream()
			.map(SdqScore.class::cast)
			.mapToInt(p -> latest.score() - p.score())
			.findFirst()
			.orElse(0);
	}

	/** ", previous 12 on 2025-03-31", or "" when there is no previous score. */
	public static String sdqPrevious(Collection<?> previous) {
		return previous.stream()
			.map(SdqScore.class::cast)
			.map(p -> ", previous " + p.score() + " on " + p.date())
			.findFirst()
			.orElse("");
	}

	/** "Yes", "No" or "Not stated" for a Reg 44 opinion. */
	public static String opinion(Boolean value) {
		return value == null ? "Not stated" : value ? "Yes" : "No";
	}

	/** The child's ID for a reason or flag (children are only ever named by ID). */
	public static String child(String child) {
		return "Child " + Objects.toString(child, "?");
	}
}
