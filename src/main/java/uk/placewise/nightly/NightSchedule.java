package uk.placewise.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import uk.placewise.assess.Assessment;
import uk.placewise.assess.SettingAssessment;
import uk.placewise.facts.FactSet;
import uk.placewise.facts.Placement;
import uk.placewise.facts.QaVisit;
import uk.placewise.results.SettingResult;
import uk.placewise.schedule.ScheduledVisit;
import uk.placewise.schedule.VisitNeed;
import uk.placewise.schedule.VisitScheduler;
import uk.placewise.schedule.WorkingDays;

/**
 * A night's assessment made into what the night stores of each setting: its visit due date from the
 * band's frequency (last visit, first placement, working days, the QA team's capacity), and the children
 * placed there. One place for it, so that {@code rules impact} derives a draft's "after" exactly as the
 * assess step derives the night.
 */
public final class NightSchedule {

	private NightSchedule() {
	}

	public static List<SettingResult> settings(Assessment assessment, FactSet night, Path bankHolidays,
			OptionalInt monthlyCapacity) {
		Map<String, LocalDate> lastVisits = new HashMap<>();
		for (QaVisit v : night.qaVisits()) {
			lastVisits.merge(v.urn(), v.date(), (a, b) -> b.isAfter(a) ? b : a);
		}
		Map<String, LocalDate> firstPlaced = new HashMap<>();
		Map<String, Integer> childrenPlaced = new HashMap<>();
		for (Placement p : night.placements()) {
			if (p.current() && p.urn() != null) {
				firstPlaced.merge(p.urn(), p.placedSince(), (a, b) -> b.isBefore(a) ? b : a);
				childrenPlaced.merge(p.urn(), 1, Integer::sum);
			}
		}
		List<VisitNeed> needs = new ArrayList<>();
		for (SettingAssessment s : assessment.settings()) {
			LocalDate last = lastVisits.get(s.setting().urn());
			needs.add(new VisitNeed(s.setting().urn(), s.band().rank(), s.score(), s.visitEveryMonths(),
					s.firstVisitWorkingDays(), s.firstVisitMonths(), last,
					firstPlaced.get(s.setting().urn())));
		}
		Map<String, ScheduledVisit> visits = new HashMap<>();
		new VisitScheduler(WorkingDays.load(bankHolidays), monthlyCapacity).schedule(needs, night.asOf())
			.forEach(v -> visits.put(v.urn(), v));
		List<SettingResult> settings = new ArrayList<>();
		for (SettingAssessment s : assessment.settings()) {
			String urn = s.setting().urn();
			ScheduledVisit v = visits.get(urn);
			settings.add(new SettingResult(urn, s.setting().name(), s.setting().provider(), s.setting().type().name(),
					s.score(), s.band(), s.bandRule(), s.visitEveryMonths(), s.firstVisitWorkingDays(),
					s.firstVisitMonths(), childrenPlaced.getOrDefault(urn, 0), v.lastVisit(), v.due(), v.overdue(),
					v.overCapacity(), v.movedFrom(), v.rule(), s.reasons()));
		}
		return settings;
	}
}
