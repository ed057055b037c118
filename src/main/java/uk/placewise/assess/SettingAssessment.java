package uk.placewise.assess;

import java.util.List;

import uk.placewise.facts.Setting;

/**
 * One setting's result for the night.
 *
 * @param score the rules' own Score (bands.drl's SCORE rule), which a council may cap or weight
 * @param band as the rules named it
 * @param bandRule the rule id that set the band (a score band, or a floor rule such as
 * BAND-FLOOR-OFS-INADEQUATE)
 * @param visitEveryMonths from the visit frequency decision table
 * @param firstVisitWorkingDays when never visited: due within this many working days (0 = use months)
 * @param firstVisitMonths when never visited: due within this many months (0 = use working days)
 * @param reasons every reason, highest points first
 */
public record SettingAssessment(Setting setting, int score, RiskBand band, String bandRule, int visitEveryMonths,
		int firstVisitWorkingDays, int firstVisitMonths, List<Reason> reasons) {
}
