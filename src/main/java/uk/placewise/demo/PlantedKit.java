package uk.placewise.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.placewise.demo.ChildRecords.ChildStory;
import uk.placewise.demo.ChildRecords.Cost;
import uk.placewise.demo.ChildRecords.Episode;
import uk.placewise.demo.ChildRecords.Header;
import uk.placewise.demo.ChildRecords.Oc2;
import uk.placewise.demo.SettingRecords.Inspection;
import uk.placewise.demo.SettingRecords.QaVisit;
import uk.placewise.demo.SettingRecords.Reg44;
import uk.placewise.demo.SettingRecords.Reg45;
import uk.placewise.demo.SettingRecords.Viability;

/**
 * Building blocks for planted scenarios: a "clean" children's home that scores 0 (Outstanding, recent
 * inspection, monthly Reg 44 reports all positive, Reg 45 reviews, a good QA visit, a Green viability check), and
 * a settled child placed near home with low SDQ scores. Each scenario then changes one thing. All dates are
 * relative to the as-of date, so scenarios fire whatever date the demo is run for.
 */
final class PlantedKit {

	/** Council 1's home sectors (fixed, so planted children and the background share them). */
	static final List<String> HOME_SECTORS = List.of("M20 4", "M21 7", "M22 2", "M23 9", "M14 5");

	final LocalDate asOf;

	final LocalDate snapshot;

	final Geography geography;

	final List<SettingStory> settings = new ArrayList<>();

	final List<ChildStory> children = new ArrayList<>();

	final Map<String, List<Viability>> viability = new TreeMap<>();

	final List<PlantedCase> cases = new ArrayList<>();

	final List<String[]> localSettings = new ArrayList<>();

	private int childSerial = 900_000;

	private int district = 1;

	PlantedKit(LocalDate asOf, Geography geography) {
		this.asOf = asOf;
		this.snapshot = Dates.listSnapshot(asOf);
		this.geography = geography;
	}

	LocalDate months(int n) {
		return this.asOf.minusMonths(n);
	}

	LocalDate days(int n) {
		return this.asOf.minusDays(n);
	}

	/** A clean privately run children's home near council 1 (or at another anchor). */
	SettingStory cleanHome(int urnSerial, String name, int anchor) {
		return clean(urnSerial, name, anchor, "Children's home", Setting.Kind.HOME);
	}

	SettingStory clean(int urnSerial, String name, int anchor, String type, Setting.Kind kind) {
		String sector = Geography.sector(anchor, 40 + (this.district % 20), this.district % 10);
		this.district++;
		String postcode = sector + "QA".charAt(urnSerial % 2) + "BDEFGHJLNPQRSTUWXYZ".charAt(urnSerial % 19);
		String org = name.split(" ")[0] + " Children's Care Ltd";
		// supported accommodation could only register from April 2023
		LocalDate registered = (kind == Setting.Kind.SUPPORTED) ? LocalDate.of(2023, 9, 1) : this.asOf.minusYears(6);
		Setting s = new Setting(-1, String.format("SC9%05d", urnSerial), type, kind, registered, "Active",
				name, (10 + urnSerial) + " " + name.split(" ")[0] + " Road", postcode, anchor, "Private",
				(kind == Setting.Kind.SUPPORTED) ? "8" : "4", (kind == Setting.Kind.SUPPORTED) ? "2" : "", "", "", org,
				"", "", null, true);
		this.geography.use(anchor, sector);
		SettingStory story = new SettingStory(s);
		for (int n = 4; n <= 52 && kind != Setting.Kind.SUPPORTED; n += 12) {
			full(story, months(n), "Outstanding");
		}
		if (s.childrensHome()) {
			reg44Monthly(story, 15, 0);
			for (int n = 2; n <= 20; n += 6) {
				story.reg45.add(new Reg45(months(n), months(n + 7).plusDays(1), months(n + 1)));
			}
		}
		story.qaVisits.add(new QaVisit(months(2), "Announced", "Good", "R. Ashworth"));
		story.qaVisits.add(new QaVisit(months(14), "Unannounced", "Good", "R. Ashworth"));
		this.viability.put(org, new ArrayList<>(List.of(new Viability(months(15), "Green"), new Viability(months(3), "Green"))));
		this.settings.add(story);
		return story;
	}

	void full(SettingStory story, LocalDate date, String judgement) {
		LocalDate published = date.plusDays(30);
		boolean sa = story.setting.kind() == Setting.Kind.SUPPORTED;
		story.inspections.add(new Inspection(date, Inspection.FULL, judgement, published.isAfter(this.asOf) ? null : published,
				"10" + (900000 + story.setting.urn().hashCode() % 1000 + date.getDayOfYear()), sa ? "" : judgement,
				sa ? "" : judgement, "", ""));
	}

	/** One Reg 44 report a month, on the 5th, from {@code back} months ago to {@code upTo} months ago. */
	void reg44Monthly(SettingStory story, int back, int upTo) {
		story.reg44.clear();
		LocalDate first = this.asOf.withDayOfMonth(1);
		for (int n = back; n >= upTo; n--) {
			LocalDate visit = first.minusMonths(n).plusDays(4);
			if (!visit.plusDays(5).isAfter(this.asOf) && !visit.isBefore(story.setting.registered())) {
				story.reg44.add(new Reg44(visit, visit.plusDays(5), "Yes", "Yes", 1, "J. Whitworth"));
			}
		}
	}

	/** Replaces the latest Reg 44 report with one saying the given opinions. */
	void latestReg44(SettingStory story, String safeguarded, String wellbeing, int recommendations) {
		story.sort();
		Reg44 last = story.reg44.remove(story.reg44.size() - 1);
		story.reg44.add(new Reg44(last.visit(), last.received(), safeguarded, wellbeing, recommendations, last.visitor()));
	}

	/** A settled child placed at the setting since {@code decom}, near home, SDQ around 10. */
	ChildStory child(SettingStory story, int age, LocalDate decom) {
		Setting s = story.setting;
		String id = String.format("C%03d%06d", 1, ++this.childSerial);
		LocalDate dob = this.asOf.minusYears(age).minusDays(100);
		ChildStory c = new ChildStory(new Header(id, (this.childSerial % 2 == 0) ? "1" : "2", dob, "WBRI",
				ChildFactory.upn(Rand.of(0, "planted-upn", this.childSerial)), (this.childSerial % 2 == 0) ? "" : "0", null));
		String place = (s.kind() == Setting.Kind.SUPPORTED) ? "K3" : "K2";
		c.episodes.add(new Episode(decom, "S", "C2", "N1", place, s.placeProvider(false), null, "", "",
				homeSector(), this.geography.use(s.anchor(), s.sector()), s.urn()));
		c.costs.add(new Cost(s.urn(), decom, null, 5200, "residential"));
		sdq(c, decom, 10, 10);
		this.children.add(c);
		return c;
	}

	String homeSector() {
		return this.geography.use(Geography.HOME_ANCHOR, HOME_SECTORS.get(this.childSerial % HOME_SECTORS.size()));
	}

	/**
	 * OC2 rows for each 31 March (up to the list snapshot) when the child had been in care 12 months and was 4-16;
	 * {@code before} before the placement began, {@code after} from then on.
	 */
	void sdq(ChildStory c, LocalDate placementStart, int before, int after) {
		c.oc2.clear();
		LocalDate careStart = c.episodes.get(0).decom();
		for (int year = this.snapshot.getYear() - 4; year <= this.snapshot.getYear(); year++) {
			LocalDate date = Dates.sdqDate(year);
			int age = Dates.age(c.header.dob(), date);
			if (!careStart.isAfter(date.minusYears(1)) && age >= 4 && age <= 16) {
				int score = date.isBefore(placementStart) ? before : after;
				c.oc2.add(new Oc2(year, score, "", new String[] { "0", "1", "1", "1", "1", "0", "", "" }));
			}
		}
	}

	void factor(String code, SettingStory s, String why) {
		this.cases.add(new PlantedCase(PlantedCase.Kind.FACTOR, code, s.setting.urn(), "", why));
	}

	void band(String band, SettingStory s, String why) {
		this.cases.add(new PlantedCase(PlantedCase.Kind.BAND, band, s.setting.urn(), "", why));
	}

	void flag(String code, ChildStory c, String urn, String why) {
		this.cases.add(new PlantedCase(PlantedCase.Kind.FLAG, code, urn, c.id(), why));
	}

}
