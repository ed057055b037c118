package uk.placewise.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.placewise.demo.SettingRecords.Concern;
import uk.placewise.demo.SettingRecords.Enforcement;
import uk.placewise.demo.SettingRecords.Inspection;
import uk.placewise.demo.SettingRecords.QaVisit;
import uk.placewise.demo.SettingRecords.Reg44;
import uk.placewise.demo.SettingRecords.Reg45;
import uk.placewise.demo.SettingRecords.Viability;

/**
 * The council's own records about a background setting it uses: Reg 44 reports (monthly, 15 months back), Reg 45
 * reviews (six-monthly), its QA visits, concerns and Ofsted enforcement. Worse-judged settings get worse
 * records, so the feeds tell one story.
 */
final class LocalHistory {

	static final String[] QA_OUTCOMES = { "Outstanding", "Good", "Requires improvement to be good", "Inadequate" };

	private static final String[] OPINIONS = { "Yes", "No", "Not stated" };

	private static final String[] CATEGORIES = { "safeguarding", "allegation", "complaint", "other" };

	private LocalHistory() {
	}

	static void background(SettingStory story, Rand rand, Names names, LocalDate asOf) {
		Setting s = story.setting;
		int grade = currentGrade(story, asOf);
		if (s.childrensHome()) {
			reg44(story, rand, names, asOf, grade);
			reg45(story, rand, asOf);
		}
		qaVisits(story, rand, names, asOf, grade);
		concerns(story, rand, asOf, grade);
		enforcement(story, rand, asOf, grade);
		story.sort();
	}

	/** 0 Outstanding .. 3 Inadequate; never judged counts as Good-ish (1). */
	static int currentGrade(SettingStory story, LocalDate asOf) {
		Optional<Inspection> latest = story.latestFull(asOf);
		return latest.map((i) -> InspectionHistory.gradeOf(i.judgement())).orElse(1);
	}

	private static void reg44(SettingStory story, Rand rand, Names names, LocalDate asOf, int grade) {
		String visitor = names.person(rand);
		LocalDate month = asOf.withDayOfMonth(1).minusMonths(15);
		double[] safe = Calibration.REG44_SAFEGUARDED.clone();
		double[] well = Calibration.REG44_WELLBEING.clone();
		// an Inadequate home is where a visitor most often says children are not safe
		safe[1] *= (grade == 3) ? 8 : (grade == 2) ? 2 : 1;
		well[1] *= (grade == 3) ? 6 : (grade == 2) ? 2 : 1;
		LocalDate from = Dates.latest(month, story.setting.registered());
		for (LocalDate m = month; !m.isAfter(asOf); m = m.plusMonths(1)) {
			if (m.plusMonths(1).isBefore(from) || rand.chance(Calibration.REG44_MISSING_MONTH)) {
				continue;
			}
			LocalDate visit = m.plusDays(rand.between(0, 19));
			LocalDate received = visit.plusDays(rand.between(2, 8));
			if (received.isAfter(asOf)) {
				continue; // not yet on file
			}
			story.reg44.add(new Reg44(visit, received, OPINIONS[rand.weighted(safe)], OPINIONS[rand.weighted(well)],
					rand.poisson(Calibration.REG44_MEAN_RECOMMENDATIONS + grade * 0.6), visitor));
		}
	}

	private static void reg45(SettingStory story, Rand rand, LocalDate asOf) {
		LocalDate review = asOf.minusDays(rand.between(0, 180));
		// one home in twenty lets its six-monthly review slip
		if (rand.chance(0.05)) {
			review = review.minusDays(rand.between(60, 150));
		}
		for (int i = 0; i < 4 && !review.isBefore(story.setting.registered().plusMonths(6)); i++) {
			LocalDate end = review.minusDays(rand.between(7, 30));
			story.reg45.add(new Reg45(review, end.minusMonths(6).plusDays(1), end));
			review = review.minusMonths(6).plusDays(rand.between(-10, 10));
		}
	}

	private static void qaVisits(SettingStory story, Rand rand, Names names, LocalDate asOf, int grade) {
		if (rand.chance(Calibration.QA_NEVER_VISITED)) {
			return;
		}
		String officer = names.person(rand);
		int gap = (grade >= 2) ? 120 : 300;
		LocalDate date = asOf.minusDays(rand.between(5, gap + 60));
		for (int i = 0; i < 4 && date.isAfter(asOf.minusYears(4)); i++) {
			int outcome = Math.max(0, Math.min(3, grade + rand.weighted(new int[] { 15, 70, 15 }) - 1));
			story.qaVisits.add(new QaVisit(date, rand.chance(0.7) ? "Announced" : "Unannounced", QA_OUTCOMES[outcome],
					officer));
			date = date.minusDays(gap + rand.between(-30, 90));
		}
	}

	private static void concerns(SettingStory story, Rand rand, LocalDate asOf, int grade) {
		int n = rand.poisson(Calibration.CONCERNS_PER_SETTING_YEAR * 3 * (1 + grade * 0.5));
		for (int i = 0; i < n; i++) {
			LocalDate raised = asOf.minusDays(rand.between(0, 3 * 365));
			boolean closed = raised.isBefore(asOf.minusDays(60)) ? rand.chance(0.92) : rand.chance(0.3);
			LocalDate closedOn = closed ? Dates.earliest(asOf, raised.plusDays(rand.between(7, 90))) : null;
			story.concerns.add(new Concern(raised, CATEGORIES[rand.weighted(new int[] { 30, 15, 40, 15 })],
					closed ? "closed" : "open", closedOn));
		}
	}

	private static void enforcement(SettingStory story, Rand rand, LocalDate asOf, int grade) {
		Setting s = story.setting;
		if ("Suspended".equals(s.status())) {
			story.enforcements.add(new Enforcement("Suspension", Dates.listSnapshot(asOf).minusDays(rand.between(10, 120)), null));
		}
		Optional<Inspection> latest = story.latestFull(asOf);
		if (grade == 3 && latest.isPresent() && rand.chance(0.4)) {
			LocalDate start = latest.get().date().plusDays(rand.between(7, 30));
			LocalDate end = rand.chance(0.5) ? start.plusDays(rand.between(60, 150)) : null;
			if (!start.isAfter(asOf)) {
				story.enforcements.add(new Enforcement(rand.chance(0.6) ? "Restriction of accommodation" : "Compliance notice",
						start, (end != null && end.isAfter(asOf)) ? null : end));
			}
		}
		else if (rand.chance(0.01)) {
			LocalDate start = asOf.minusDays(rand.between(200, 900));
			story.enforcements.add(new Enforcement("Compliance notice", start, start.plusDays(rand.between(30, 120))));
		}
	}

	/** Annual viability checks of an organisation, the latest rated as {@link Calibration#VIABILITY}. */
	static List<Viability> viability(Rand rand, LocalDate asOf) {
		LocalDate latest = asOf.minusDays(rand.between(10, 330));
		String rating = new String[] { "Green", "Amber", "Red" }[rand.weighted(Calibration.VIABILITY)];
		return List.of(new Viability(latest.minusYears(2).plusDays(rand.between(-20, 20)), "Green"),
				new Viability(latest.minusYears(1).plusDays(rand.between(-20, 20)), rand.chance(0.9) ? "Green" : "Amber"),
				new Viability(latest, rating));
	}

}
