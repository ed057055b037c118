package uk.placewise.schedule;

import java.time.LocalDate;

/**
 * A due QA visit.
 *
 * @param due the date the visit is due, after any capacity squeeze
 * @param frequencyDue the date the band's frequency alone gives
 * @param rule how the date was reached, in words ("last visit 2026-05-02 + 6 months")
 * @param overCapacity true when the month it falls in has more visits than the team's capacity
 */
public record ScheduledVisit(String urn, LocalDate lastVisit, LocalDate due, LocalDate frequencyDue,
		boolean overdue, boolean overCapacity, String rule) {

	public boolean moved() {
		return !due.equals(frequencyDue);
	}

	/** The date the band's frequency gave, when the visit was moved for QA capacity; else null. */
	public LocalDate movedFrom() {
		return moved() ? frequencyDue : null;
	}
}
