package uk.placewise.demo;

import java.time.LocalDate;

import uk.placewise.demo.SettingRecords.Inspection;

/**
 * Five years of Ofsted events for a background setting, built around the provider list's latest full
 * judgement: earlier full inspections on the setting's cycle with judgements that mostly persist, interim
 * inspections of homes between them, monitoring visits after an Inadequate, and the events that happened after
 * the list's snapshot (known to the council from the reports, not yet in the list).
 */
final class InspectionHistory {

	/** Judgement scale 0 Outstanding .. 3 Inadequate. */
	private static final String[] GRADES = { "Outstanding", "Good", "Requires improvement to be good", "Inadequate" };

	// how the judgement before (or after) a full inspection relates to it: mostly the same, one step either way
	private static final int[][] NEIGHBOUR = { { 60, 35, 5, 0 }, { 8, 72, 17, 3 }, { 0, 45, 40, 15 },
			{ 0, 45, 40, 15 } };

	private static final int[][] INTERIM = { { 0, 92, 8 }, { 8, 85, 7 }, { 45, 45, 10 }, { 60, 30, 10 } };

	private static final String[] INTERIM_JUDGEMENTS = { "Improved effectiveness", "Sustained effectiveness",
			"Declined in effectiveness" };

	private InspectionHistory() {
	}

	static SettingStory background(Setting s, Rand rand, LocalDate snapshot, LocalDate asOf) {
		SettingStory story = new SettingStory(s);
		boolean sa = s.kind() == Setting.Kind.SUPPORTED;
		LocalDate horizon = Dates.latest(asOf.minusYears(5), s.registered().plusDays(30));
		if (sa) {
			horizon = Dates.latest(horizon, LocalDate.of(2024, 4, 1));
		}
		if (s.lastFull() == null) {
			// never judged at the snapshot: a home may have had its first full inspection since
			LocalDate first = s.registered().plusDays(rand.between(200, 330));
			if (s.childrensHome() && first.isAfter(snapshot) && !first.isAfter(asOf)) {
				full(story, rand, first, rand.weighted(new int[] { 12, 65, 18, 5 }), sa, asOf);
			}
			return story.sort();
		}
		int grade = gradeOf(s.judgement());
		full(story, rand, s.lastFull(), grade, sa, snapshot);
		// backwards
		int g = grade;
		LocalDate d = s.lastFull();
		while (!sa) {
			LocalDate prev = d.minusMonths(s.cycleMonths()).plusDays(rand.between(-60, 60));
			if (prev.isBefore(horizon)) {
				break;
			}
			int before = rand.weighted(NEIGHBOUR[g]);
			full(story, rand, prev, before, false, asOf);
			interim(story, rand, s, prev, d, before, asOf);
			d = prev;
			g = before;
		}
		// forwards: the next full inspection falls after the snapshot (the list shows the latest as at then)
		g = grade;
		d = s.lastFull();
		while (true) {
			LocalDate next = Dates.latest(d.plusMonths(s.cycleMonths()).plusDays(rand.between(-60, 60)),
					snapshot.plusDays(rand.between(1, 60)));
			interim(story, rand, s, d, next, g, asOf);
			if (next.isAfter(asOf)) {
				break;
			}
			g = rand.weighted(NEIGHBOUR[g]);
			full(story, rand, next, g, sa, asOf);
			d = next;
		}
		return story.sort();
	}

	/** Adds a full inspection, and monitoring visits after an Inadequate. */
	private static void full(SettingStory story, Rand rand, LocalDate date, int grade, boolean sa, LocalDate cap) {
		String judgement = sa ? OfstedMix.SA_OUTCOMES[Math.max(0, grade - 1)] : GRADES[grade];
		String helped = sa ? "" : (rand.chance(OfstedMix.SUB_JUDGEMENT_SAME_SHARE) ? judgement : GRADES[Math.min(3, grade + 1)]);
		String leaders = sa ? "" : (rand.chance(OfstedMix.SUB_JUDGEMENT_SAME_SHARE) ? judgement : GRADES[Math.max(0, grade - 1)]);
		boolean secure = story.setting.kind() == Setting.Kind.SECURE;
		String education = secure ? GRADES[rand.weighted(new int[] { 1, 10, 2, 1 })] : "";
		String health = secure ? GRADES[rand.weighted(new int[] { 4, 9, 1, 0 })] : "";
		story.inspections.add(new Inspection(date, Inspection.FULL, judgement, published(date, rand, cap),
				eventNumber(rand), helped, leaders, education, health));
		if (grade == 3) {
			LocalDate visit = date.plusDays(rand.between(30, 100));
			if (!visit.isAfter(cap)) {
				story.inspections.add(new Inspection(visit, Inspection.MONITORING, "", published(visit, rand, cap),
						eventNumber(rand), "", "", "", ""));
			}
		}
	}

	/** Homes have an interim inspection about half-way between full ones (for about half of the cycles). */
	private static void interim(SettingStory story, Rand rand, Setting s, LocalDate after, LocalDate before, int grade,
			LocalDate asOf) {
		if (!s.childrensHome() || !rand.chance(0.5)) {
			return;
		}
		LocalDate date = after.plusDays(rand.between(150, 220));
		if (date.isBefore(before.minusDays(30)) && !date.isAfter(asOf)) {
			story.inspections.add(new Inspection(date, SettingRecords.Inspection.INTERIM,
					INTERIM_JUDGEMENTS[rand.weighted(INTERIM[grade])], published(date, rand, asOf), eventNumber(rand),
					"", "", "", ""));
		}
	}

	static int gradeOf(String judgement) {
		for (int i = 0; i < GRADES.length; i++) {
			if (GRADES[i].equals(judgement)) {
				return i;
			}
		}
		for (int i = 0; i < 3; i++) {
			if (OfstedMix.SA_OUTCOMES[i].equals(judgement)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(judgement);
	}

	/** Reports are published some weeks after the visit, never after the date the data is as at. */
	static LocalDate published(LocalDate date, Rand rand, LocalDate cap) {
		LocalDate published = date.plusDays(rand.between(15, 45));
		return published.isAfter(cap) ? null : published;
	}

	static String eventNumber(Rand rand) {
		return "10" + rand.between(100000, 999999);
	}

}
