package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placewise.assess.Night.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import uk.placewise.facts.FactSet;
import uk.placewise.facts.Grade;
import uk.placewise.facts.SettingType;

/**
 * A rough timing, not a unit test: 5,000 settings and about 100,000 facts about children, assessed
 * in one session. Off by default; run with
 * {@code mvn -B -q test -Dtest=AssessmentTimingTests -Dplacewise.timing=true}.
 */
@EnabledIfSystemProperty(named = "placewise.timing", matches = "true")
class AssessmentTimingTests {

	static final int SETTINGS = 5_000;

	@Test
	void nationalScaleNight() {
		FactSet facts = syntheticNight(new Random(44));
		int childFacts = facts.children().size() + facts.placements().size() + facts.missingEpisodes().size()
				+ facts.sdqScores().size();
		RuleBase rules = shippedRules();
		Assessor assessor = new Assessor(rules);
		assessor.assess(facts); // warm up
		long start = System.nanoTime();
		Assessment assessment = assessor.assess(facts);
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("TIMING: %d settings, %d facts about children, %d facts in all: %d ms, %d reasons, %d flags%n",
				facts.settings().size(), childFacts, total(facts), millis,
				assessment.settings().stream().mapToInt(s -> s.reasons().size()).sum(), assessment.flags().size());
		assertThat(assessment.settings()).hasSize(SETTINGS);
	}

	static FactSet syntheticNight(Random random) {
		List<Object> all = new ArrayList<>();
		SettingType[] types = { SettingType.CHILDRENS_HOME, SettingType.INDEPENDENT_FOSTERING_AGENCY,
				SettingType.SUPPORTED_ACCOMMODATION };
		Grade[] grades = Grade.values();
		int child = 0;
		for (int s = 0; s < SETTINGS; s++) {
			String urn = String.format("SC%06d", s);
			SettingType type = types[s % 3];
			all.add(new uk.placewise.facts.Setting(urn, "Setting " + s, "Provider " + (s % 700), type, type.name(),
					true, "Active", LocalDate.of(2015, 1, 1), "", false, source("list.csv", s)));
			all.add(full(urn, daysAgo(random.nextInt(1400)), grades[random.nextInt(4)]));
			all.add(full(urn, daysAgo(1400 + random.nextInt(700)), grades[random.nextInt(4)]));
			if (type == SettingType.CHILDRENS_HOME) {
				for (int m = 0; m < 12; m++) {
					if (random.nextInt(10) > 0) {
						all.add(reg44(urn, AS_OF.minusMonths(m).withDayOfMonth(10), random.nextInt(20) > 0, true,
								random.nextInt(5)));
					}
				}
				all.add(reg45(urn, daysAgo(random.nextInt(300))));
			}
			if (random.nextInt(3) > 0) {
				all.add(qaVisit(urn, daysAgo(random.nextInt(700)), grades[random.nextInt(4)]));
			}
			if (random.nextInt(8) == 0) {
				all.add(concern("K" + s, urn, daysAgo(random.nextInt(500)), "safeguarding"));
			}
			for (int c = 0; c < 4; c++) {
				String id = "C" + child++;
				all.add(child(id, 8 + random.nextInt(10)));
				all.add(placement(id, String.format("SC%06d", random.nextInt(SETTINGS)), daysAgo(700 + random.nextInt(300)),
						daysAgo(300 + random.nextInt(100)), "S", "U4", 10.0));
				all.add(placement(id, urn, daysAgo(300), null, "P", "K2", random.nextDouble() * 60));
				for (int e = random.nextInt(2); e > 0; e--) {
					all.add(missing(id, urn, daysAgo(random.nextInt(365))));
				}
				all.add(sdq(id, LocalDate.of(2025, 3, 31), random.nextInt(41)));
				all.add(sdq(id, LocalDate.of(2026, 3, 31), random.nextInt(41)));
			}
		}
		for (int p = 0; p < 700; p++) {
			all.add(viability("Provider " + p, daysAgo(random.nextInt(365)), p % 10 == 0 ? "Red" : "Green"));
		}
		return night().with(all.toArray()).facts();
	}

	static int total(FactSet f) {
		return f.settings().size() + f.children().size() + f.placements().size() + f.inspections().size()
				+ f.enforcements().size() + f.missingEpisodes().size() + f.sdqScores().size()
				+ f.reg44Reports().size() + f.reg45Reviews().size() + f.qaVisits().size() + f.concerns().size()
				+ f.viabilityChecks().size();
	}
}
