package uk.placewise.demo;

import static uk.placewise.demo.PlantedScenarios.concern;
import static uk.placewise.demo.PlantedScenarios.episode;
import static uk.placewise.demo.PlantedScenarios.missing;
import static uk.placewise.demo.PlantedScenarios.replaceFulls;
import static uk.placewise.demo.PlantedScenarios.viability;

import java.time.LocalDate;

import uk.placewise.demo.ChildRecords.ChildStory;
import uk.placewise.demo.ChildRecords.Cost;
import uk.placewise.demo.ChildRecords.Episode;
import uk.placewise.demo.ChildRecords.ReturnInterview;
import uk.placewise.demo.SettingRecords.Inspection;
import uk.placewise.demo.SettingRecords.QaVisit;

/**
 * The second half of the planted scenarios: the ones about children (missing, SDQ, placements, distance, age and
 * registration) and about the council's own records (concerns, QA, viability), plus the score-only Critical home
 * and the supported accommodation judged "Serious or widespread weaknesses".
 */
final class PlantedChildren {

	private PlantedChildren() {
	}

	static void plant(PlantedKit k) {
		int home = Geography.HOME_ANCHOR;
		LocalDate asOf = k.asOf;
		LocalDate settled = asOf.minusYears(2);

		SettingStory rate = k.cleanHome(17, "Thistlewood House", home);
		missing(k.child(rate, 15, settled), asOf, 85, 65, 45);
		missing(k.child(rate, 16, settled), asOf, 80, 50);
		k.factor("MIS-RATE", rate, "5 missing episodes in 90 days, 2 children: 2.5 per child (25)");

		SettingStory repeat = k.cleanHome(18, "Willowbank Lodge", home);
		ChildStory repeater = k.child(repeat, 15, settled);
		missing(repeater, asOf, 26, 16, 6);
		k.child(repeat, 12, settled);
		k.child(repeat, 13, settled);
		k.child(repeat, 14, settled);
		k.factor("MIS-REPEAT", repeat, "a child with 3 missing episodes in the last 30 days");
		k.flag("REPEAT_MISSING", repeater, repeat.setting.urn(), "3 missing episodes in the last 30 days");

		SettingStory rhi = k.cleanHome(19, "Wrenleigh House", home);
		int[] ago = { 70, 50, 30 };
		for (int i = 0; i < 3; i++) {
			ChildStory c = k.child(rhi, 14 + i, settled);
			missing(c, asOf, ago[i]);
			if (i > 0) {
				// offered six days after the child came back: outside 72 hours
				LocalDate start = asOf.minusDays(ago[i]);
				c.returnInterviews.set(0, new ReturnInterview(start, start.plusDays(7), start.plusDays(8)));
			}
		}
		k.child(rhi, 13, settled);
		k.factor("MIS-RHI", rhi, "1 of 3 return interviews offered within 72 hours (33%)");

		SettingStory complex = k.cleanHome(20, "Yarrowcombe House", home);
		k.sdq(k.child(complex, 14, settled), settled, 17, 18);
		ChildStory veryHigh = k.child(complex, 15, settled);
		k.sdq(veryHigh, settled, 19, 21);
		k.sdq(k.child(complex, 13, settled), settled, 12, 12);
		k.factor("SDQ-COMPLEX", complex, "latest SDQ 18, 21 and 12: two of three children 17+");
		k.flag("SDQ_CONCERN", veryHigh, complex.setting.urn(), "latest SDQ 21 (20+)");

		SettingStory rising = k.cleanHome(21, "Aspenholme Lodge", home);
		LocalDate moved = Dates.sdqDate(k.snapshot.getYear() - 1).plusDays(30);
		ChildStory riser = k.child(rising, 14, moved);
		Episode placed = riser.episodes.remove(0);
		String carer = k.homeSector();
		riser.episodes.add(episode(k.snapshot.minusYears(4), "S", "U4", "PR1", moved, "", placed.homePost(), carer, ""));
		riser.episodes.add(new Episode(moved, "P", "C2", "N1", placed.place(), placed.provider(), null, "", "CARPL",
				placed.homePost(), placed.plPost(), placed.urn()));
		k.sdq(riser, moved, 11, 17);
		k.child(rising, 12, settled);
		k.factor("SDQ-RISING", rising, "a child's SDQ rose from 11 before the placement to 17 since");
		k.flag("SDQ_CONCERN", riser, rising.setting.urn(), "latest SDQ 17, risen 6 since the previous one");

		SettingStory concerns = k.cleanHome(22, "Birchworth House", home);
		concern(concerns, k.months(3), "safeguarding", null);
		concern(concerns, k.months(7), "allegation", k.months(6));
		concern(concerns, k.months(5), "complaint", k.months(4));
		k.child(concerns, 15, settled);
		k.factor("HIS-CONCERNS", concerns, "a safeguarding concern and an allegation in 12 months (20)");

		SettingStory history = k.cleanHome(23, "Cedarholme House", home);
		history.inspections.removeIf(Inspection::full);
		k.full(history, k.months(5), "Good");
		k.full(history, k.months(14), "Inadequate");
		k.full(history, k.months(26), "Good");
		history.inspections.add(new Inspection(k.months(12), Inspection.MONITORING, "", k.months(11), "10900023", "", "", "", ""));
		k.child(history, 13, settled);
		k.factor("HIS-INADEQUATE", history, "judged Inadequate 14 months ago, Good since");

		SettingStory qaBad = k.cleanHome(24, "Clovergate Lodge", home);
		qaBad.qaVisits.add(new QaVisit(k.months(1), "Unannounced", "Inadequate", "R. Ashworth"));
		k.child(qaBad, 14, settled);
		k.factor("QA-OUTCOME", qaBad, "latest own QA visit (a month ago) Inadequate (30)");

		SettingStory qaRi = k.cleanHome(25, "Flintridge House", home);
		qaRi.qaVisits.add(new QaVisit(k.months(1), "Announced", "Requires improvement to be good", "R. Ashworth"));
		k.child(qaRi, 15, settled);
		k.factor("QA-OUTCOME", qaRi, "latest own QA visit Requires improvement (15)");

		SettingStory never = k.cleanHome(26, "Hawthornmere House", home);
		never.qaVisits.clear();
		k.child(never, 12, settled);
		k.factor("QA-NEVER", never, "children placed, never visited by the QA team");

		SettingStory amber = k.cleanHome(27, "Heronbank House", home);
		viability(k, amber, "Amber");
		k.child(amber, 14, settled);
		k.factor("VIA-AMBER", amber, "provider's latest viability check Amber");

		SettingStory red = k.cleanHome(28, "Hollyford Lodge", home);
		viability(k, red, "Red");
		k.child(red, 15, settled);
		k.factor("VIA-RED", red, "provider's latest viability check Red");

		SettingStory critical = k.cleanHome(29, "Laurelwick House", home);
		replaceFulls(k, critical, "Requires improvement to be good", "Requires improvement to be good", 5);
		critical.qaVisits.add(new QaVisit(k.months(1), "Unannounced", "Inadequate", "R. Ashworth"));
		k.latestReg44(critical, "Yes", "Yes", 5);
		ChildStory atCritical = k.child(critical, 15, settled);
		k.band("Critical", critical, "RI 25 + QA Inadequate 30 + 5 Reg 44 actions 10 = 65, no floor rule");
		k.flag("CRITICAL_SETTING", atCritical, critical.setting.urn(), "home is Critical on score alone");

		SettingStory sa = k.clean(30, "Lindenmoor Supported Living", home, "Supported Accommodation", Setting.Kind.SUPPORTED);
		k.full(sa, k.snapshot.minusDays(40), "Serious or widespread weaknesses");
		ChildStory atSa = k.child(sa, 17, asOf.minusMonths(8));
		atSa.costs.set(0, new Cost(sa.setting.urn(), asOf.minusMonths(8), null, 2100, "supported"));
		k.factor("OFS-INADEQUATE", sa, "supported accommodation outcome 'Serious or widespread weaknesses' (as Inadequate)");
		k.flag("INADEQUATE_SETTING", atSa, sa.setting.urn(), "16-17 year old in supported accommodation judged serious weaknesses");

		SettingStory far = k.cleanHome(31, "Silverstead House", Geography.FAR_ANCHOR);
		far.qaVisits.clear();
		far.qaVisits.add(new QaVisit(k.months(18), "Announced", "Good", "R. Ashworth"));
		ChildStory distant = k.child(far, 14, settled);
		k.flag("DISTANT_UNVISITED", distant, far.setting.urn(), "placed about 210 miles from home, last QA visit 18 months ago");

		SettingStory host = k.cleanHome(32, "Slatecombe House", home);
		ChildStory mover = k.child(host, 13, k.months(6));
		Episode third = mover.episodes.remove(0);
		mover.episodes.add(episode(k.months(20), "S", "U4", "PR1", k.months(10), "", third.homePost(), k.homeSector(), ""));
		mover.episodes.add(episode(k.months(10), "P", "U6", "PR1", k.months(6), "CREQB", third.homePost(), k.homeSector(), ""));
		mover.episodes.add(new Episode(k.months(6), "P", "C2", "N1", "K2", third.provider(), null, "", "CHILD",
				third.homePost(), third.plPost(), third.urn()));
		k.sdq(mover, k.months(6), 10, 10);
		k.flag("INSTABILITY", mover, host.setting.urn(), "3 placements open in the last 12 months");

		unregulated(k);
	}

	/** Children in settings Ofsted does not list, which the council keeps in its settings feed. */
	private static void unregulated(PlantedKit k) {
		String sector = k.geography.use(Geography.HOME_ANCHOR, "M40 3");
		k.localSettings.add(new String[] { "LOC-0001", "", "Tealbrook Lodgings", "Tealbrook Housing Ltd",
				"Unregistered supported accommodation", "M40 3QT", "No" });
		k.localSettings.add(new String[] { "LOC-0002", "", "Kestrel Court Flats", "Kestrel Court Housing Ltd",
				"Unregistered supported accommodation", "M40 3XR", "No" });
		String wales = k.geography.use(34, "CF41 2");
		k.localSettings.add(new String[] { "LOC-0003", "", "Bryn Alder House", "Bryn Alder Care Ltd",
				"Children's home (registered with Care Inspectorate Wales)", "CF41 2HL", "Yes" });

		ChildStory young = unregulatedChild(k, 15, k.days(60), "H5", sector, "supported");
		k.flag("UNDER16_UNREGULATED", young, "", "aged 15, PLACE H5 (semi-independent, unregulated) since 60 days ago");
		ChildStory older = unregulatedChild(k, 17, k.days(45), "K3", sector, "supported");
		k.flag("UNREGISTERED_SUPPORTED", older, "", "aged 17, PLACE K3 with URN XXXXXXX (Kestrel Court, not registered)");
		unregulatedChild(k, 14, k.months(9), "K2", wales, "residential");
	}

	private static ChildStory unregulatedChild(PlantedKit k, int age, LocalDate decom, String place, String plPost,
			String costType) {
		SettingStory anyHome = k.settings.get(0);
		ChildStory c = k.child(anyHome, age, decom);
		c.episodes.clear();
		c.costs.clear();
		String homePost = k.homeSector();
		c.episodes.add(episode(k.asOf.minusYears(3), "S", "U4", "PR1", decom, "", homePost, k.homeSector(), ""));
		c.episodes.add(new Episode(decom, "P", "C2", "N1", place, "PR4", null, "", "CHILD", homePost, plPost, "XXXXXXX"));
		c.costs.add(new Cost("", decom, null, "residential".equals(costType) ? 4800 : 1600, costType));
		k.sdq(c, decom, 11, 11);
		return c;
	}

}
