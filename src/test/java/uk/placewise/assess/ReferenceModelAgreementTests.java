package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placewise.assess.Night.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.placewise.bench.Agreement;
import uk.placewise.bench.ReferenceModel;
import uk.placewise.facts.FactSet;
import uk.placewise.facts.Grade;
import uk.placewise.facts.MissingEpisode;
import uk.placewise.facts.Placement;
import uk.placewise.facts.Setting;
import uk.placewise.facts.SettingType;

/**
 * The bench's plain Java reference of the default model (uk.placewise.bench.ReferenceModel) and the
 * shipped rules agree, setting by setting, on a small random night that reaches every factor; and
 * assessing a night in several sessions (SessionGroups) gives exactly what one session gives. The
 * national-scale comparison is {@code placewise bench}, not a test.
 */
class ReferenceModelAgreementTests {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void theReferenceModelAgreesWithTheRulesOnEverySetting(long seed) {
		FactSet facts = randomNight(new Random(seed), 150);

		Assessment assessment = new Assessor(shippedRules()).assess(facts);
		Agreement agreement = Agreement.of(assessment, ReferenceModel.assess(facts));

		assertThat(agreement.disagreements()).isEmpty();
		assertThat(assessment.settings()).hasSize(150);
		assertThat(assessment.settings().stream().flatMap(s -> s.reasons().stream()).map(Reason::ruleId).distinct())
			.as("the random night reaches every factor")
			.hasSizeGreaterThanOrEqualTo(20);
	}

	@ParameterizedTest
	@ValueSource(longs = { 4, 5 })
	void aNightAssessedInGroupsOfSettingsGivesWhatOneSessionGives(long seed) {
		FactSet facts = randomNight(new Random(seed), 150);
		Assessor assessor = new Assessor(shippedRules());

		Assessment one = assessor.assess(facts, Integer.MAX_VALUE);
		Assessment groups = assessor.assess(facts, 17);

		assertThat(groups.settings()).containsExactlyInAnyOrderElementsOf(one.settings());
		assertThat(groups.flags()).containsExactlyInAnyOrderElementsOf(one.flags());
		assertThat(one.flags()).isNotEmpty();
		// the dashboard's children (kpis.drl): a child measured in two sessions is one child, counted once
		assertThat(groups.measures()).isEqualTo(one.measures());
		assertThat(one.measures()).extracting(Measured::measure).contains("K1", "K2", "K3", "K5", "K8");
	}

	/** Settings of every kind with random histories; dates never tie where the model says "latest". */
	static FactSet randomNight(Random random, int settings) {
		List<Object> all = new ArrayList<>();
		SettingType[] types = SettingType.values();
		Grade[] grades = Grade.values();
		String[] places = { "K2", "K2", "U4", "H5", "P2", "K3" };
		String[] actions = { "Restriction of accommodation", "Suspension", "Compliance notice", "Cancellation",
				"Notice of proposal to cancel" };
		String[] ratings = { "Green", "Amber", "Red" };
		List<String> urns = new ArrayList<>();
		for (int s = 0; s < settings; s++) {
			urns.add(String.format("SC%06d", s));
		}
		int child = 0;
		for (int s = 0; s < settings; s++) {
			String urn = urns.get(s);
			SettingType type = types[random.nextInt(types.length)];
			boolean registered = random.nextInt(10) > 0;
			String status = !registered ? "" : random.nextInt(15) == 0 ? "Suspended" : "Active";
			all.add(new Setting(urn, "Setting " + s, "Provider " + random.nextInt(12), type, type.name(), registered,
					status, LocalDate.of(2015, 1, 5), "M1 1AA", false, source("settings.csv", s + 2)));
			int full = random.nextInt(4);
			int day = 5 + random.nextInt(60);
			for (int i = 0; i < full; i++) {
				all.add(full(urn, daysAgo(day), grades[random.nextInt(4)]));
				day += 1 + random.nextInt(500);
			}
			if (random.nextInt(6) == 0) {
				all.add(interim(urn, daysAgo(random.nextInt(60)),
						random.nextBoolean() ? "Declined in effectiveness" : "Sustained effectiveness"));
			}
			if (random.nextInt(8) == 0) {
				all.add(enforcement(urn, actions[random.nextInt(actions.length)], daysAgo(random.nextInt(200)),
						random.nextBoolean() ? null : daysAgo(random.nextInt(200) - 100)));
			}
			if (type.isChildrensHome()) {
				for (int m = 0; m < 6; m++) {
					if (random.nextInt(3) > 0) {
						all.add(reg44(urn, AS_OF.minusMonths(m).withDayOfMonth(3), random.nextInt(6) > 0 ? Boolean.TRUE
								: random.nextBoolean() ? Boolean.FALSE : null, random.nextInt(5) > 0, random.nextInt(5)));
					}
				}
				if (random.nextBoolean()) {
					all.add(reg45(urn, daysAgo(random.nextInt(400))));
				}
			}
			int visits = random.nextInt(3);
			int visitDay = random.nextInt(100);
			for (int v = 0; v < visits; v++) {
				all.add(qaVisit(urn, daysAgo(visitDay), random.nextInt(5) == 0 ? null : grades[random.nextInt(4)]));
				visitDay += 1 + random.nextInt(300);
			}
			for (int c = random.nextInt(5); c > 0; c--) {
				all.add(concern("K" + s + "-" + c, urn, daysAgo(random.nextInt(500)),
						random.nextBoolean() ? "safeguarding" : random.nextBoolean() ? "allegation" : "complaint"));
			}
			for (int c = 1 + random.nextInt(4); c > 0; c--) {
				String id = "C" + child++;
				all.add(child(id, 10 + random.nextInt(8)));
				int since = 20 + random.nextInt(600);
				if (random.nextBoolean()) {
					all.add(placed(id, urns.get(random.nextInt(settings)), daysAgo(since + 30 + random.nextInt(300)),
							daysAgo(since), random.nextInt(4) == 0 ? "L" : "P", places[random.nextInt(places.length)]));
				}
				boolean left = random.nextInt(6) == 0;
				all.add(placed(id, urn, daysAgo(since), left ? daysAgo(random.nextInt(since)) : null, "P",
						places[random.nextInt(places.length)]));
				for (int e = random.nextInt(random.nextInt(5) + 1); e > 0; e--) {
					LocalDate start = daysAgo(1 + random.nextInt(Math.min(since, 120)));
					boolean recorded = random.nextBoolean();
					all.add(new MissingEpisode(id, urn, random.nextBoolean() ? "M" : "A", start, start.plusDays(1),
							recorded, recorded && random.nextBoolean() ? start.plusDays(1 + random.nextInt(6)) : null,
							source("missing.csv", 2)));
				}
				int years = random.nextInt(4);
				for (int y = 0; y < years; y++) {
					all.add(sdq(id, LocalDate.of(2026 - y, 3, 31), random.nextInt(30)));
				}
			}
		}
		for (int p = 0; p < 12; p++) {
			if (random.nextInt(4) > 0) {
				all.add(viability("Provider " + p, daysAgo(10 + random.nextInt(100)), ratings[random.nextInt(3)]));
				all.add(viability("Provider " + p, daysAgo(200 + random.nextInt(100)), ratings[random.nextInt(3)]));
			}
		}
		return night().with(all.toArray()).facts();
	}

	private static Placement placed(String child, String urn, LocalDate decom, LocalDate dec, String rne, String place) {
		return placement(child, urn, decom, dec, rne, place, 5.0 + (child.hashCode() & 63));
	}
}
