package uk.placewise.report.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * One setting on the QA visit schedule.
 * @param lastVisit the last QA visit, or null when never visited
 * @param nextDue when the next visit is due
 * @param overdue true when nextDue is before the as-of date
 * @param reasons the setting's scoring reasons, highest points first
 * @param movedFrom the date the band's frequency gave, when the visit was moved for QA capacity; else null
 * @param overCapacity the visit does not fit the QA team's monthly capacity and keeps its date
 */
public record ScheduleRow(String urn, String settingName, String provider, Band band, int score,
		LocalDate lastVisit, LocalDate nextDue, boolean overdue, int childrenPlaced, List<Reason> reasons,
		LocalDate movedFrom, boolean overCapacity) {

	public ScheduleRow {
		reasons = (reasons == null) ? List.of() : List.copyOf(reasons);
	}

	/** A row with no capacity squeeze: neither moved nor over capacity. */
	public ScheduleRow(String urn, String settingName, String provider, Band band, int score, LocalDate lastVisit,
			LocalDate nextDue, boolean overdue, int childrenPlaced, List<Reason> reasons) {
		this(urn, settingName, provider, band, score, lastVisit, nextDue, overdue, childrenPlaced, reasons, null,
				false);
	}

}
