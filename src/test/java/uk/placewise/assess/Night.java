package uk.placewise.assess;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.placewise.facts.Child;
import uk.placewise.facts.Concern;
import uk.placewise.facts.Enforcement;
import uk.placewise.facts.FactSet;
import uk.placewise.facts.Grade;
import uk.placewise.facts.Inspection;
import uk.placewise.facts.MissingEpisode;
import uk.placewise.facts.Placement;
import uk.placewise.facts.QaVisit;
import uk.placewise.facts.Reg44Report;
import uk.placewise.facts.Reg45Review;
import uk.placewise.facts.SdqScore;
import uk.placewise.facts.Setting;
import uk.placewise.facts.SettingType;
import uk.placewise.facts.Source;
import uk.placewise.facts.ViabilityCheck;

/**
 * A night's facts for a rule test, built from small named facts, assessed with the real
 * {@code rules/} folder (compiled once for all tests).
 */
final class Night {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

	static final String PROVIDER = "Acme Care Ltd";

	private static RuleBase shippedRules;

	private final LocalDate asOf;

	private final List<Object> facts = new ArrayList<>();

	private Assessment assessment;

	private Night(LocalDate asOf) {
		this.asOf = asOf;
	}

	static Night night() {
		return new Night(AS_OF);
	}

	static Night nightOf(LocalDate asOf) {
		return new Night(asOf);
	}

	static synchronized RuleBase shippedRules() {
		if (shippedRules == null) {
			shippedRules = RuleBase.compile(Path.of("rules"));
		}
		return shippedRules;
	}

	Night with(Object... more) {
		facts.addAll(List.of(more));
		assessment = null;
		return this;
	}

	FactSet facts() {
		return new FactSet(asOf, of(Setting.class), of(Child.class), of(Placement.class), of(Inspection.class),
				of(Enforcement.class), of(MissingEpisode.class), of(SdqScore.class), of(Reg44Report.class),
				of(Reg45Review.class), of(QaVisit.class), of(Concern.class), of(ViabilityCheck.class));
	}

	Assessment assessment() {
		return assessedWith(shippedRules());
	}

	Assessment assessedWith(RuleBase rules) {
		if (assessment == null) {
			assessment = new Assessor(rules).assess(facts());
		}
		return assessment;
	}

	SettingAssessment setting(String urn) {
		return assessment().settings()
			.stream()
			.filter(s -> s.setting().urn().equals(urn))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no assessment for " + urn));
	}

	List<String> ruleIds(String urn) {
		return setting(urn).reasons().stream().map(Reason::ruleId).toList();
	}

	Optional<Reason> reason(String urn, String ruleId) {
		return setting(urn).reasons().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
	}

	List<Flag> flags(String child) {
		return assessment().flags().stream().filter(f -> f.child().equals(child)).toList();
	}

	Optional<Flag> flag(String child, String code) {
		return flags(child).stream().filter(f -> f.code().equals(code)).findFirst();
	}

	private <T> List<T> of(Class<T> type) {
		return facts.stream().filter(type::isInstance).map(type::cast).toList();
	}

	// ---- settings

	static Setting home(String urn) {
		return setting(urn, SettingType.CHILDRENS_HOME, "Children's home", true, "Active");
	}

	static Setting agency(String urn) {
		return setting(urn, SettingType.INDEPENDENT_FOSTERING_AGENCY, "Independent Fostering Agency", true, "Active");
	}

	static Setting supportedAccommodation(String urn) {
		return setting(urn, SettingType.SUPPORTED_ACCOMMODATION, "Supported Accommodation", true, "Active");
	}

	static Setting unregisteredSupportedAccommodation(String urn) {
		return setting(urn, SettingType.SUPPORTED_ACCOMMODATION, "", false, "");
	}

	static Setting suspendedHome(String urn) {
		return setting(urn, SettingType.CHILDRENS_HOME, "Children's home", true, "Suspended");
	}

	static Setting setting(String urn, SettingType type, String provisionType, boolean registered, String status) {
		return new Setting(urn, "Setting " + urn, PROVIDER, type, provisionType, registered, status,
				LocalDate.of(2015, 1, 5), "M1 1AA", false, source("settings.csv", 2));
	}

	// ---- Ofsted

	static Inspection full(String urn, LocalDate date, Grade grade) {
		return new Inspection(urn, date, "Full inspection", true, grade, null, null, source("inspections.csv", 2));
	}

	static Inspection inadequate(String urn, LocalDate date) {
		return full(urn, date, Grade.INADEQUATE);
	}

	static Inspection outstanding(String urn, LocalDate date) {
		return full(urn, date, Grade.OUTSTANDING);
	}

	static Inspection supportedAccommodationOutcome(String urn, LocalDate date, Grade grade, String outcome) {
		return new Inspection(urn, date, "Full inspection", true, grade, null, outcome, source("provider-list.csv", 5));
	}

	static Inspection interim(String urn, LocalDate date, String outcome) {
		return new Inspection(urn, date, "Interim inspection", false, null, outcome, null, source("inspections.csv", 3));
	}

	static Enforcement enforcement(String urn, String action, LocalDate start, LocalDate end) {
		return new Enforcement(urn, action, start, end, source("enforcement.csv", 2));
	}

	// ---- children and placements

	static Child child(String id, int age) {
		return new Child(id, age, source("header.csv", 2));
	}

	/** A child placed at the setting for the last 200 days, 5 miles from home. */
	static Placement placed(String child, String urn) {
		return placement(child, urn, AS_OF.minusDays(200), null, "P", "K2", 5.0);
	}

	static Placement placement(String child, String urn, LocalDate decom, LocalDate dec, String rne, String place,
			Double miles) {
		boolean current = !decom.isAfter(AS_OF) && (dec == null || dec.isAfter(AS_OF));
		return new Placement(child, decom, dec, rne, place, "PR4", urn, miles, current, source("episodes.csv", 2));
	}

	static MissingEpisode missing(String child, String urn, LocalDate start) {
		return new MissingEpisode(child, urn, "M", start, start.plusDays(1), false, null, source("missing.csv", 2));
	}

	static MissingEpisode returned(String child, String urn, LocalDate end, LocalDate rhiOffered) {
		return new MissingEpisode(child, urn, "M", end.minusDays(1), end, true, rhiOffered, source("missing.csv", 3));
	}

	static SdqScore sdq(String child, LocalDate date, int score) {
		return new SdqScore(child, date, score, source("oc2.csv", 2));
	}

	// ---- council records

	static Reg44Report reg44(String urn, LocalDate visit, Boolean safeguarded, Boolean wellbeing, int outstanding) {
		return new Reg44Report(urn, visit, visit.plusDays(5), safeguarded, wellbeing, outstanding,
				source("reg44.csv", 2));
	}

	static Reg44Report goodReg44(String urn, LocalDate visit) {
		return reg44(urn, visit, true, true, 0);
	}

	static Reg45Review reg45(String urn, LocalDate date) {
		return new Reg45Review(urn, date, source("reg45.csv", 2));
	}

	static QaVisit qaVisit(String urn, LocalDate date, Grade outcome) {
		return new QaVisit(urn, date, "Announced", outcome, source("qa-visits.csv", 2));
	}

	static Concern concern(String id, String urn, LocalDate raised, String category) {
		return new Concern(id, urn, raised, category, "open", null, source("concerns.csv", 2));
	}

	static ViabilityCheck viability(String provider, LocalDate date, String rating) {
		return new ViabilityCheck(provider.trim().toLowerCase(java.util.Locale.ROOT), provider, date, rating,
				source("viability.csv", 2));
	}

	static Source source(String file, long line) {
		return new Source(file, line);
	}

	static LocalDate daysAgo(int days) {
		return AS_OF.minusDays(days);
	}

	static LocalDate monthsAgo(int months) {
		return AS_OF.minusMonths(months);
	}
}
