package uk.placewise.results;

import java.time.LocalDate;
import java.util.List;

import uk.placewise.assess.Reason;

/** One setting as a night left it: assessment, visit schedule and every reason with its evidence. */
public record SettingResult(String urn, String settingName, String provider, String settingType, int score,
		String band, String bandRule, int visitEveryMonths, int firstVisitWorkingDays, int firstVisitMonths,
		int childrenPlaced, LocalDate lastVisit, LocalDate nextDue, boolean overdue, boolean overCapacity,
		String scheduleRule, List<Reason> reasons) {

	/** {@code RULE-ID:points;RULE-ID:points}, highest points first (outputs.md). */
	public String reasonCodes() {
		return String.join(";", reasons.stream().map(r -> r.ruleId() + ":" + r.points()).toList());
	}
}
