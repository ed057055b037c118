package uk.placewise.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.placewise.demo.ChildRecords.ChildStory;
import uk.placewise.demo.ChildRecords.Episode;
import uk.placewise.demo.ChildRecords.Missing;
import uk.placewise.demo.ChildRecords.ReturnInterview;
import uk.placewise.demo.SettingRecords.Concern;
import uk.placewise.demo.SettingRecords.Enforcement;
import uk.placewise.demo.SettingRecords.Inspection;
import uk.placewise.demo.SettingRecords.QaVisit;
import uk.placewise.demo.SettingRecords.Reg45;
import uk.placewise.demo.SettingRecords.Viability;

/**
 * The planted settings and children of council 1: each starts clean (see {@link PlantedKit}) and changes one
 * thing, so that every risk factor, band and panel flag of risk-model.md fires at least once, and the expected
 * outcome is recorded as a {@link PlantedCase}. All fictitious (URNs SC900001 onwards, children C001900001
 * onwards).
 */
final class PlantedScenarios {

	private PlantedScenarios() {
	}

	static PlantedKit plant(LocalDate asOf, Geography geography) {
		PlantedKit k = new PlantedKit(asOf, geography);
		int home = Geography.HOME_ANCHOR;
		LocalDate settled = asOf.minusYears(2);

		SettingStory low = k.cleanHome(1, "Alderholme House", home);
		k.child(low, 13, settled);
		k.child(low, 15, settled);
		k.band("Low", low, "Outstanding 4 months ago, monthly positive Reg 44, Reg 45, good QA visit, Green: score 0");

		SettingStory inadequate = k.cleanHome(2, "Briarcombe Lodge", home);
		replaceFulls(k, inadequate, "Inadequate", "Requires improvement to be good", 3);
		inadequate.inspections.add(new Inspection(k.months(1), Inspection.MONITORING, "", null, "10900002", "", "", "", ""));
		ChildStory atInadequate = k.child(inadequate, 14, settled);
		k.factor("OFS-INADEQUATE", inadequate, "latest full inspection (3 months ago) Inadequate");
		k.band("Critical", inadequate, "Inadequate: Critical whatever the score");
		k.flag("INADEQUATE_SETTING", atInadequate, inadequate.setting.urn(), "placed in a home judged Inadequate");

		SettingStory ri = k.cleanHome(3, "Copperleigh House", home);
		replaceFulls(k, ri, "Requires improvement to be good", "Requires improvement to be good", 5);
		k.child(ri, 12, settled);
		k.factor("OFS-RI", ri, "latest full inspection Requires improvement, as the one before");
		k.band("Medium", ri, "Requires improvement (25) and nothing else");

		SettingStory good = k.cleanHome(4, "Dalewick Cottage", home);
		replaceFulls(k, good, "Good", "Good", 6);
		k.child(good, 11, settled);
		k.factor("OFS-GOOD", good, "latest full inspection Good, as the one before");

		SettingStory none = k.cleanHome(5, "Elderbank View", home);
		LocalDate registered = Dates.earliest(k.months(5), k.snapshot.minusDays(30));
		none = replaceSetting(k, none, registered);
		none.inspections.clear();
		k.reg44Monthly(none, 15, 0);
		none.reg45.clear();
		none.reg45.add(new Reg45(k.months(1), registered, k.months(1).minusDays(10)));
		none.qaVisits.clear();
		none.qaVisits.add(new QaVisit(k.months(1), "Announced", "Good", "R. Ashworth"));
		k.child(none, 14, registered.plusDays(20));
		k.factor("OFS-NONE", none, "registered " + Dates.dmy(registered) + ", never inspected");

		SettingStory stale = k.cleanHome(6, "Fernhurst House", home);
		replaceFulls(k, stale, "Good", "Good", 15);
		k.child(stale, 15, settled);
		k.factor("OFS-STALE", stale, "children's home whose latest full inspection was 15 months ago");

		SettingStory declined = k.cleanHome(7, "Hazelmere Lodge", home);
		replaceFulls(k, declined, "Requires improvement to be good", "Good", 4);
		k.child(declined, 14, settled);
		k.factor("OFS-DECLINED", declined, "latest full Requires improvement after Good");
		k.band("High", declined, "Requires improvement (25) + declined (15) = 40");

		SettingStory interim = k.cleanHome(8, "Juniperdale House", home);
		replaceFulls(k, interim, "Good", "Good", 8);
		interim.inspections.add(new Inspection(k.months(2), Inspection.INTERIM, "Declined in effectiveness", k.days(20),
				"10900008", "", "", "", ""));
		k.child(interim, 13, settled);
		k.factor("OFS-DECLINED", interim, "interim inspection 2 months ago: Declined in effectiveness");

		SettingStory restricted = k.cleanHome(9, "Kestrelford House", home);
		replaceFulls(k, restricted, "Good", "Good", 6);
		restricted.enforcements.add(new Enforcement("Restriction of accommodation", k.months(1), null));
		ChildStory atRestricted = k.child(restricted, 15, settled);
		k.factor("OFS-ENFORCEMENT", restricted, "restriction of accommodation in force since a month ago");
		k.flag("ENFORCEMENT", atRestricted, restricted.setting.urn(), "placed where a restriction is in force");

		SettingStory suspended = k.cleanHome(10, "Larchgate Lodge", home);
		suspended = replaceStatus(k, suspended, "Suspended");
		suspended.enforcements.add(new Enforcement("Suspension", k.snapshot.minusDays(15), null));
		ChildStory atSuspended = k.child(suspended, 16, settled);
		k.factor("OFS-ENFORCEMENT", suspended, "provider list status Suspended, suspension in force");
		k.flag("ENFORCEMENT", atSuspended, suspended.setting.urn(), "placed in a suspended home");

		SettingStory r44gap = k.cleanHome(11, "Mossbrook House", home);
		k.reg44Monthly(r44gap, 15, 2);
		k.child(r44gap, 12, settled);
		k.factor("R44-MISSING", r44gap, "last Reg 44 report 2 months old: none for the last complete month (10)");

		SettingStory r44gap2 = k.cleanHome(12, "Oakthorpe House", home);
		k.reg44Monthly(r44gap2, 15, 4);
		k.child(r44gap2, 13, settled);
		k.factor("R44-MISSING", r44gap2, "last Reg 44 report 4 months old: two complete months without (20)");

		SettingStory unsafe = k.cleanHome(13, "Plovercroft House", home);
		k.latestReg44(unsafe, "No", "Yes", 1);
		ChildStory atUnsafe = k.child(unsafe, 14, settled);
		k.factor("R44-UNSAFE", unsafe, "latest Reg 44 report: children not effectively safeguarded");
		k.flag("REG44_UNSAFE", atUnsafe, unsafe.setting.urn(), "latest Reg 44 opinion at the home: not safeguarded");

		SettingStory wellbeing = k.cleanHome(14, "Rowanstead Lodge", home);
		k.latestReg44(wellbeing, "Yes", "No", 1);
		k.child(wellbeing, 15, settled);
		k.factor("R44-WELLBEING", wellbeing, "latest Reg 44 report: well-being not promoted");

		SettingStory actions = k.cleanHome(15, "Sorrelmere House", home);
		k.latestReg44(actions, "Yes", "Yes", 4);
		k.child(actions, 16, settled);
		k.factor("R44-ACTIONS", actions, "latest Reg 44 report: 4 recommendations outstanding");

		SettingStory r45 = k.cleanHome(16, "Tansyford House", home);
		r45.reg45.clear();
		for (int n = 9; n <= 21; n += 6) {
			r45.reg45.add(new Reg45(k.months(n), k.months(n + 7).plusDays(1), k.months(n + 1)));
		}
		k.child(r45, 14, settled);
		k.factor("R45-OVERDUE", r45, "last Reg 45 review 9 months ago");

		PlantedChildren.plant(k);
		return k;
	}

	/** Replaces the full inspections: latest {@code n} months ago, the one before 12 months earlier. */
	static void replaceFulls(PlantedKit k, SettingStory s, String latest, String before, int n) {
		s.inspections.removeIf(Inspection::full);
		k.full(s, k.months(n), latest);
		k.full(s, k.months(n + 12), before);
		k.full(s, k.months(n + 24), before);
	}

	static SettingStory replaceSetting(PlantedKit k, SettingStory old, LocalDate registered) {
		Setting s = old.setting;
		Setting changed = new Setting(s.index(), s.urn(), s.provisionType(), s.kind(), registered, s.status(), s.name(),
				s.address(), s.postcode(), s.anchor(), s.ownerSector(), s.places(), s.saPremises(), s.shortBreaks(),
				s.multiBuilding(), s.organisation(), s.linkedEducationUrn(), s.judgement(), s.lastFull(), true);
		return swap(k, old, changed);
	}

	static SettingStory replaceStatus(PlantedKit k, SettingStory old, String status) {
		Setting s = old.setting;
		Setting changed = new Setting(s.index(), s.urn(), s.provisionType(), s.kind(), s.registered(), status, s.name(),
				s.address(), s.postcode(), s.anchor(), s.ownerSector(), s.places(), s.saPremises(), s.shortBreaks(),
				s.multiBuilding(), s.organisation(), s.linkedEducationUrn(), s.judgement(), s.lastFull(), true);
		return swap(k, old, changed);
	}

	private static SettingStory swap(PlantedKit k, SettingStory old, Setting changed) {
		SettingStory story = new SettingStory(changed);
		story.inspections.addAll(old.inspections);
		story.enforcements.addAll(old.enforcements);
		story.reg44.addAll(old.reg44);
		story.reg45.addAll(old.reg45);
		story.qaVisits.addAll(old.qaVisits);
		story.concerns.addAll(old.concerns);
		k.settings.set(k.settings.indexOf(old), story);
		return story;
	}

	/** Missing episodes (ending the next day) with return interviews offered the day after. */
	static void missing(ChildStory c, LocalDate asOf, int... daysAgo) {
		List<Missing> added = new ArrayList<>();
		for (int d : daysAgo) {
			LocalDate start = asOf.minusDays(d);
			added.add(new Missing("M", start, start.plusDays(1)));
			c.returnInterviews.add(new ReturnInterview(start, start.plusDays(2), start.plusDays(3)));
		}
		c.missing.addAll(added);
		c.missing.sort(java.util.Comparator.comparing(Missing::start));
	}

	static void concern(SettingStory s, LocalDate raised, String category, LocalDate closed) {
		s.concerns.add(new Concern(raised, category, (closed != null) ? "closed" : "open", closed));
	}

	static void viability(PlantedKit k, SettingStory s, String rating) {
		k.viability.get(s.setting.organisation()).add(new Viability(k.months(2), rating));
	}

	static Episode episode(LocalDate decom, String rne, String place, String provider, LocalDate dec, String reason,
			String homePost, String plPost, String urn) {
		return new Episode(decom, rne, "C2", "N1", place, provider, dec, (dec != null) ? "X1" : "", reason, homePost,
				plPost, urn);
	}

}
