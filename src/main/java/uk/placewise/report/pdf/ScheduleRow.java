package uk.placewise.report.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * One setting on the QA visit schedule.
 * @param lastVisit the last QA visit, or null when never visited
 * @param nextDue when the next visit is due
 * @param overdue true when nextDue is before the as-of date
 * @param reasons the setting's scoring reasons, highest points first
 */
public record ScheduleRow(String urn, String settingName, String provider, Band band, int score,
		LocalDate lastVisit, LocalDate nextDue, boolean overdue, int childrenPlaced, List<Reason> reasons) {

	public ScheduleRow {
		reasons = (reasons == null) ? List.of() : List.copyOf(reasons);
	}

}
