package uk.placewise.briefing;

import java.util.List;

import uk.placewise.report.pdf.Briefing;
import uk.placewise.results.RunResult;

/**
 * The briefings of one stored night: the visits due within {@code withinDays} of its as-of date, and
 * every overdue one, in the schedule's order (due date, then score, highest first).
 */
public record Briefings(RunResult run, int withinDays, List<Visit> visits) {

	public Briefings {
		visits = List.copyOf(visits);
	}

	/** One briefing and the officer of the setting's last QA visit, when the record names one (else empty). */
	public record Visit(Briefing briefing, String officer) {
	}

	public long overdue() {
		return visits.stream().filter(v -> v.briefing().overdue()).count();
	}
}
