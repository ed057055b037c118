package uk.placewise.results;

import java.time.LocalDate;
import java.util.List;

import uk.placewise.assess.Reason;
import uk.placewise.assess.RiskBand;

/**
 * One setting as a night left it: assessment, visit schedule and every reason with its evidence.
 *
 * @param score the rules' own Score (never the reasons re-summed)
 * @param overCapacity the visit does not fit the QA team's monthly capacity and keeps its date
 * @param movedFrom the date the band's frequency gave, when the visit was moved for capacity; else null
 * @param scheduleRule how the due date was reached, in words, for a reader (never parsed back)
 */
public record SettingResult(String urn, String settingName, String provider, String settingType, int score,
		RiskBand band, String bandRule, int visitEveryMonths, int firstVisitWorkingDays, int firstVisitMonths,
		int childrenPlaced, LocalDate lastVisit, LocalDate nextDue, boolean overdue, boolean overCapacity,
		LocalDate movedFrom, String scheduleRule, List<Reason> reasons) {

	/** {@code RULE-ID:points;RULE-ID:points}, highest points first (outputs.md). */
	public String reasonCodes() {
		return String.join(";", reasons.stream().map(r -> r.ruleId() + ":" + r.points()).toList());
	}
}
