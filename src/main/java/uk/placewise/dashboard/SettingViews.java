package uk.placewise.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.placewise.assess.RiskBand;
import uk.placewise.report.pdf.Band;
import uk.placewise.report.pdf.BandChange;
import uk.placewise.report.pdf.Reason;
import uk.placewise.report.pdf.RiskySetting;
import uk.placewise.report.pdf.VisitCounts;
import uk.placewise.results.SettingResult;

/** Stored setting results as the PDFs' tables want them. */
final class SettingViews {

	private SettingViews() {
	}

	/** The PDF's band for the assessment's: the same four, most serious first. */
	static Band band(RiskBand band) {
		return Band.valueOf(band.name());
	}

	static List<Reason> topReasons(SettingResult s, int n) {
		return s.reasons().stream().limit(n).map(r -> new Reason(r.ruleId(), r.points())).toList();
	}

	/** The riskiest settings, riskiest first (settings are stored by score, highest first). */
	static List<RiskySetting> riskiest(List<SettingResult> settings, int n) {
		return settings.stream()
			.limit(n)
			.map(s -> new RiskySetting(s.urn(), s.settingName(), s.provider(), band(s.band()), s.score(), topReasons(s, 3)))
			.toList();
	}

	/** Settings whose band differs from last month's (or that were not assessed last month). */
	static List<BandChange> bandChanges(List<SettingResult> lastMonth, List<SettingResult> now) {
		if (lastMonth.isEmpty()) {
			return List.of();
		}
		Map<String, SettingResult> before = new HashMap<>();
		lastMonth.forEach(s -> before.put(s.urn(), s));
		List<BandChange> changes = new ArrayList<>();
		for (SettingResult s : now) {
			SettingResult b = before.get(s.urn());
			if (b == null || !b.band().equals(s.band())) {
				changes.add(new BandChange(s.urn(), s.settingName(), s.provider(), b == null ? null : band(b.band()),
						band(s.band()), s.score()));
			}
		}
		return changes;
	}

	/** QA visits by band: due this month, done this month (last visit in the month), overdue now. */
	static List<VisitCounts> visitCounts(List<SettingResult> settings, LocalDate asOf) {
		YearMonth month = YearMonth.from(asOf);
		List<VisitCounts> counts = new ArrayList<>();
		for (Band band : Band.values()) {
			List<SettingResult> in = settings.stream().filter(s -> band(s.band()) == band).toList();
			counts.add(new VisitCounts(band,
					(int) in.stream().filter(s -> s.nextDue() != null && YearMonth.from(s.nextDue()).equals(month)).count(),
					(int) in.stream().filter(s -> s.lastVisit() != null && YearMonth.from(s.lastVisit()).equals(month)).count(),
					(int) in.stream().filter(SettingResult::overdue).count()));
		}
		return counts;
	}
}
