package uk.placewise.demo;

import java.time.LocalDate;
import java.util.List;

import uk.placewise.demo.CareHistory.Placement;
import uk.placewise.demo.ChildRecords.ChildStory;
import uk.placewise.demo.ChildRecords.Header;
import uk.placewise.demo.ChildRecords.Missing;
import uk.placewise.demo.ChildRecords.Oc2;
import uk.placewise.demo.ChildRecords.ReturnInterview;

/**
 * Makes one background child: who they are (Header), their care history, their missing episodes with return
 * interviews, and their yearly SDQ (OC2) rows, at the rates in {@link Calibration}.
 */
final class ChildFactory {

	/** DfE ethnicity codes and approx. shares among children looked after [CLA]. */
	private static final String[] ETHNIC = { "WBRI", "WOTH", "WIRT", "MWBC", "MWBA", "MOTH", "AIND", "APKN", "ABAN",
			"AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU" };

	private static final int[] ETHNIC_WEIGHTS = { 640, 60, 10, 40, 15, 45, 8, 20, 8, 15, 15, 40, 15, 2, 40, 7 };

	/** Ways of leaving care: adoption, special guardianship, home, 18th birthday, other (approx. [CLA]). */
	private static final int[] LEAVING_WEIGHTS = { 10, 13, 27, 35, 15 };

	private static final String[][] LEAVING_CODES = { { "E11", "E12" }, { "E45", "E46" }, { "E4A", "E4A", "E13" },
			{ "E5", "E6", "E17", "E8" }, { "E8", "E3", "E41", "E48" } };

	private static final String UPN_CHECK = "ABCDEFGHJKLMNPQRTUVWXYZ";

	private ChildFactory() {
	}

	/** A child looked after on the as-of date. */
	static ChildStory current(String id, Council council, CareHistory care, Rand rand, LocalDate asOf, LocalDate snapshot) {
		int band = rand.weighted(Calibration.AGE_BAND_SHARES);
		int age = rand.between(Calibration.AGE_BANDS[band][0], Calibration.AGE_BANDS[band][1]);
		LocalDate dob = asOf.minusYears(age).minusDays(rand.between(0, 364));
		LocalDate start = Dates.latest(dob.plusDays(rand.between(1, 30)),
				asOf.minusDays(rand.expDays(Calibration.MEAN_YEARS_IN_CARE * 365)));
		start = Dates.earliest(start, asOf.minusDays(1));
		return build(id, council, care, rand, dob, start, asOf, null, true, asOf, snapshot);
	}

	/** A child who stopped being looked after within the last {@link Calibration#LEAVER_YEARS} years. */
	static ChildStory leaver(String id, Council council, CareHistory care, Rand rand, LocalDate asOf, LocalDate snapshot) {
		LocalDate end = asOf.minusDays(rand.between(1, Calibration.LEAVER_YEARS * 365));
		int way = rand.weighted(LEAVING_WEIGHTS);
		int age = switch (way) {
			case 0 -> rand.between(1, 5);
			case 1 -> rand.between(1, 12);
			case 2 -> rand.between(3, 17);
			case 3 -> 18;
			default -> rand.between(8, 17);
		};
		LocalDate dob = (age == 18) ? end.minusYears(18) : end.minusYears(age).minusDays(rand.between(0, 364));
		LocalDate start = Dates.latest(dob.plusDays(rand.between(1, 30)),
				end.minusDays(rand.expDays(Calibration.MEAN_YEARS_IN_CARE * 365)));
		start = Dates.earliest(start, end.minusDays(1));
		return build(id, council, care, rand, dob, start, end, rand.pick(LEAVING_CODES[way]), false, asOf, snapshot);
	}

	private static ChildStory build(String id, Council council, CareHistory care, Rand rand, LocalDate dob,
			LocalDate start, LocalDate end, String rec, boolean current, LocalDate asOf, LocalDate snapshot) {
		ChildStory child = new ChildStory(header(id, rand, dob, asOf));
		String homePost = rand.pick(council.homeSectors());
		List<Placement> placements = care.build(child, rand, start, end, rec, current, homePost);
		missing(child, rand, placements, start, end, asOf);
		sdq(child, rand, placements, start, end, snapshot);
		return child;
	}

	static Header header(String id, Rand rand, LocalDate dob, LocalDate asOf) {
		boolean male = rand.chance(Calibration.MALE_SHARE);
		int age = Dates.age(dob, asOf);
		String mother = male ? "" : "0";
		LocalDate mcDob = null;
		if (!male && age >= 14 && rand.chance(0.015)) {
			mother = "1";
			mcDob = asOf.minusDays(rand.between(30, 700));
		}
		String upn = (age < 4) ? "UN1" : upn(rand);
		return new Header(id, male ? "1" : "2", dob, ETHNIC[rand.weighted(ETHNIC_WEIGHTS)], upn, mother, mcDob);
	}

	/**
	 * A UPN that passes the DfE check-letter test but is fictitious: LA number 999 (no such council) then a school
	 * number, year and serial.
	 */
	static String upn(Rand rand) {
		String body = "999" + String.format("%04d", rand.between(1000, 9999)) + String.format("%02d", rand.between(10, 24))
				+ String.format("%03d", rand.between(1, 999));
		int sum = 0;
		for (int i = 0; i < body.length(); i++) {
			sum += (body.charAt(i) - '0') * (i + 2);
		}
		return UPN_CHECK.charAt(sum % 23) + body;
	}

	private static void missing(ChildStory child, Rand rand, List<Placement> placements, LocalDate start, LocalDate end,
			LocalDate asOf) {
		for (int year = 0; year < 2; year++) {
			LocalDate to = Dates.earliest(end, asOf.minusYears(year));
			LocalDate from = Dates.latest(start, asOf.minusYears(year + 1).plusDays(1));
			if (from.isAfter(to) || Dates.age(child.header.dob(), to) < 11) {
				continue;
			}
			PlacementKind kind = placementOn(placements, to);
			double p = switch (kind) {
				case CHILDRENS_HOME, SECURE -> 0.55;
				case SUPPORTED, INDEPENDENT -> 0.40;
				default -> 0.12;
			};
			if (!rand.chance(p)) {
				continue;
			}
			// heavy-tailed: most children go missing a few times, a few very often (mean about 6.5)
			int n = 1 + rand.poisson(rand.expDays(Calibration.EPISODES_PER_MISSING_CHILD - 1) - 1);
			for (int i = 0; i < n; i++) {
				LocalDate s = rand.dateBetween(from, to);
				int length = rand.weighted(new int[] { 70, 25, 5 });
				LocalDate e = s.plusDays((length == 0) ? rand.between(0, 1) : (length == 1) ? rand.between(1, 3) : rand.between(4, 14));
				e = e.isAfter(asOf) ? null : e;
				// a second episode drawn on the same start day is dropped (the same random draws are made, so the
				// rest of the demo is unchanged): the Missing table's key is the child and MIS_START, and a real
				// export repeating a key is warned about
				boolean repeat = child.missing.stream().anyMatch(m -> m.start().equals(s));
				String type = rand.chance(Calibration.AWAY_SHARE) ? "A" : "M";
				if (!repeat) {
					child.missing.add(new Missing(type, s, e));
				}
				if (e != null) {
					LocalDate offered = e.plusDays(rand.chance(Calibration.RHI_OFFERED_IN_72H) ? rand.between(0, 2) : rand.between(4, 12));
					LocalDate done = rand.chance(Calibration.RHI_COMPLETED) ? offered.plusDays(rand.between(0, 5)) : null;
					if (!repeat && !offered.isAfter(asOf)) {
						child.returnInterviews.add(new ReturnInterview(s, offered, (done != null && done.isAfter(asOf)) ? null : done));
					}
				}
			}
		}
		child.missing.sort(java.util.Comparator.comparing(Missing::start));
		child.returnInterviews.sort(java.util.Comparator.comparing(ReturnInterview::misStart));
	}

	static PlacementKind placementOn(List<Placement> placements, LocalDate date) {
		PlacementKind kind = placements.get(0).kind();
		for (Placement p : placements) {
			if (!p.start().isAfter(date)) {
				kind = p.kind();
			}
		}
		return kind;
	}

	/** OC2 rows for each 31 March the child had been looked after 12 months and was aged 4 to 16. */
	private static void sdq(ChildStory child, Rand rand, List<Placement> placements, LocalDate start, LocalDate end,
			LocalDate snapshot) {
		double trait = rand.gaussian(Calibration.SDQ_MEAN, Calibration.SDQ_SD);
		for (int year = snapshot.getYear() - 5; year <= snapshot.getYear(); year++) {
			LocalDate date = Dates.sdqDate(year);
			int age = Dates.age(child.header.dob(), date);
			if (start.isAfter(date.minusYears(1)) || end.isBefore(date) || age < 4 || age > 16) {
				continue;
			}
			PlacementKind kind = placementOn(placements, date);
			double bump = (kind == PlacementKind.CHILDRENS_HOME || kind == PlacementKind.SECURE) ? 3 : 0;
			Integer score = null;
			String reason = "";
			if (rand.chance(Calibration.SDQ_COMPLETION)) {
				score = (int) Math.round(Math.max(0, Math.min(40, trait + bump + rand.gaussian(0, Calibration.SDQ_YEAR_NOISE_SD))));
			}
			else {
				reason = new String[] { "SDQ2", "SDQ3", "SDQ4", "SDQ5" }[rand.weighted(new int[] { 20, 15, 45, 20 })];
			}
			child.oc2.add(new Oc2(year, score, reason, health(rand, age)));
		}
	}

	/** CONVICTED .. INTERVENTION_OFFERED: mostly done (approx. 90% health assessments [CLA]). */
	static String[] health(Rand rand, int age) {
		boolean misuse = age >= 12 && rand.chance(0.03);
		return new String[] { (age >= 10 && rand.chance(0.02)) ? "1" : "0", rand.chance(0.9) ? "1" : "0",
				rand.chance(0.85) ? "1" : "0", rand.chance(0.8) ? "1" : "0", rand.chance(0.9) ? "1" : "0",
				misuse ? "1" : "0", misuse ? (rand.chance(0.6) ? "1" : "0") : "", misuse ? "1" : "" };
	}

}
