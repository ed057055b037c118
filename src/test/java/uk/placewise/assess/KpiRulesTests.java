package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placewise.assess.Night.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;
import uk.placewise.dashboard.KpiCalculator;
import uk.placewise.facts.Grade;
import uk.placewise.results.KpiValue;

/**
 * rules/kpis.drl (issue 16): the dashboard's measures that restate a rule count exactly the children
 * the rule decided about, so panel and dashboard cannot disagree, and a council's change to the rule
 * moves both.
 */
class KpiRulesTests {

	static final String URN = "SC300001";

	static final String CHILD = "C7";

	/** The night's dashboard measure, as KpiCalculator computes it from the rules' measured children. */
	static KpiValue kpi(Night night, Assessment assessment, String kpi, String measure) {
		return new KpiCalculator(night.facts(), List.of(), List.of(), List.of(), assessment.measures()).compute()
			.stream()
			.filter(v -> v.kpi().equals(kpi) && v.measure().equals(measure))
			.findFirst()
			.orElseThrow();
	}

	static boolean flagged(Assessment assessment, String code) {
		return assessment.flags().stream().anyMatch(f -> f.child().equals(CHILD) && f.code().equals(code));
	}

	@Nested
	class K8ThreePlusPlacements {

		/** Open at the window's start as a legal-status-only episode, then two moves: 3 placements. */
		static Night legalStatusEpisodeOpenAtTheWindowStart() {
			return night().with(home(URN), child(CHILD, 12),
					placement(CHILD, "SC1", monthsAgo(20), monthsAgo(14), "S", "U4", 2.0),
					placement(CHILD, "SC1", monthsAgo(14), monthsAgo(8), "L", "U4", 2.0),
					placement(CHILD, "SC2", monthsAgo(8), monthsAgo(4), "P", "U4", 2.0),
					placement(CHILD, URN, monthsAgo(4), null, "P", "K2", 2.0));
		}

		@Test
		void countsTheChildTheInstabilityFlagIsRaisedFor() {
			Night night = legalStatusEpisodeOpenAtTheWindowStart();
			Assessment assessment = night.assessment();
			assertThat(flagged(assessment, "INSTABILITY")).isTrue();
			KpiValue k8 = kpi(night, assessment, "K8", "three_plus_placements");
			assertThat(k8.numerator()).isEqualTo(1);
			assertThat(k8.denominator()).isEqualTo(1);
		}

		@Test
		void aLongerInstabilityWindowMovesThePanelAndTheDashboardTogether(@TempDir Path temp) {
			// 22 -> 15 months ago, 15 -> 6 months ago, then here: 2 placements in 12 months, 3 in 24
			Night night = night().with(home(URN), child(CHILD, 12),
					placement(CHILD, "SC1", monthsAgo(22), monthsAgo(15), "S", "U4", 2.0),
					placement(CHILD, "SC2", monthsAgo(15), monthsAgo(6), "P", "U4", 2.0),
					placement(CHILD, URN, monthsAgo(6), null, "P", "K2", 2.0));
			Assessment shipped = night.assessedWith(shippedRules());
			assertThat(flagged(shipped, "INSTABILITY")).isFalse();
			assertThat(kpi(night, shipped, "K8", "three_plus_placements").numerator()).isZero();

			String window = "    $from : LocalDate() from $asOf.minusMonths( %d )\n"
					+ "    $p : Placement( current, $c : child, $u : urn )\n    accumulate( Placement( child == $c, rne != \"L\"";
			RuleBase twoYears = RulesCopy.of(temp).replace("flags.drl", window.formatted(12), window.formatted(24)).compile();
			Assessment copy = new Assessor(twoYears).assess(night.facts());
			assertThat(flagged(copy, "INSTABILITY")).isTrue();
			assertThat(kpi(night, copy, "K8", "three_plus_placements").numerator()).isEqualTo(1);
		}
	}

	@Nested
	class K2AtInadequateSettings {

		@Test
		void countsTheChildrenTheInadequateSettingFlagIsRaisedFor() {
			Night night = night().with(home(URN), inadequate(URN, monthsAgo(2)), child(CHILD, 12), placed(CHILD, URN),
					agency("SC300002"), full("SC300002", monthsAgo(2), Grade.GOOD), child("C8", 9),
					placed("C8", "SC300002"));
			Assessment assessment = night.assessment();
			assertThat(flagged(assessment, "INADEQUATE_SETTING")).isTrue();
			assertThat(kpi(night, assessment, "K2", "children_at_inadequate").value()).isEqualByComparingTo("1");
			// and K1: of the two external placements, the one at the Good agency
			assertThat(kpi(night, assessment, "K1", "good_or_outstanding").value()).isEqualByComparingTo("50.0");
		}
	}

	@Nested
	class K3OverTwentyMiles {

		static Night placedAt(double miles) {
			return night().with(home(URN), child(CHILD, 12), placement(CHILD, URN, daysAgo(90), null, "P", "K2", miles));
		}

		@Test
		void twentyAndAHalfMilesIsCountedAndFlaggedTwentyIsNeither() {
			Assessment far = placedAt(20.5).assessment();
			Assessment near = placedAt(20.0).assessment();
			assertThat(flagged(far, "DISTANT_UNVISITED")).isTrue();
			assertThat(kpi(placedAt(20.5), far, "K3", "over_20_miles").value()).isEqualByComparingTo("100.0");
			assertThat(flagged(near, "DISTANT_UNVISITED")).isFalse();
			assertThat(kpi(placedAt(20.0), near, "K3", "over_20_miles").value()).isEqualByComparingTo("0.0");
		}

		@Test
		void aCouncilsThirtyMileLineMovesTheFlagAndTheDashboardTogether(@TempDir Path temp) {
			RuleBase thirty = RulesCopy.of(temp).replace("kpis.drl", "$miles > 20", "$miles > 30").compile();
			Night night = placedAt(25.0);
			Assessment assessment = new Assessor(thirty).assess(night.facts());
			assertThat(flagged(assessment, "DISTANT_UNVISITED")).isFalse();
			assertThat(kpi(night, assessment, "K3", "over_20_miles").value()).isEqualByComparingTo("0.0");
		}

		@Test
		void anUnknownDistanceIsLeftOutAndCountedApart() {
			Night night = night().with(home(URN), child(CHILD, 12), placement(CHILD, URN, daysAgo(90), null, "P", "K2", null));
			Assessment assessment = night.assessment();
			assertThat(kpi(night, assessment, "K3", "over_20_miles").value()).isNull();
			assertThat(kpi(night, assessment, "K3", "distance_unknown").value()).isEqualByComparingTo("1");
		}
	}

	@Nested
	class K7SdqCompletionAsTheDfeDefinesIt {

		static Night lookedAfter(int age, Object... more) {
			return night().with(home(URN), child(CHILD, age)).with(more);
		}

		static KpiValue completion(Night night) {
			return kpi(night, night.assessment(), "K7", "completion_dfe");
		}

		@Test
		void aChildOfTenLookedAfterForTwoYearsWithAScoreThisYearIsCompleted() {
			Night night = lookedAfter(10, placement(CHILD, URN, monthsAgo(24), null, "P", "K2", 2.0),
					sdq(CHILD, monthsAgo(3), 12));
			assertThat(completion(night).numerator()).isEqualTo(1);
			assertThat(completion(night).denominator()).isEqualTo(1);
		}

		@Test
		void aScoreOlderThanTwelveMonthsIsNotCompletion() {
			Night night = lookedAfter(10, placement(CHILD, URN, monthsAgo(24), null, "P", "K2", 2.0),
					sdq(CHILD, monthsAgo(13), 12));
			assertThat(completion(night).numerator()).isZero();
			assertThat(completion(night).denominator()).isEqualTo(1);
		}

		@Test
		void childrenUnderFiveOrOverSixteenAreNotInTheMeasure() {
			for (int age : new int[] { 4, 17 }) {
				Night night = lookedAfter(age, placement(CHILD, URN, monthsAgo(24), null, "P", "K2", 2.0));
				assertThat(completion(night).denominator()).as("age %d", age).isZero();
			}
		}

		@Test
		void aChildLookedAfterLessThanTwelveMonthsIsNotInTheMeasure() {
			Night night = lookedAfter(10, placement(CHILD, URN, monthsAgo(11), null, "P", "K2", 2.0));
			assertThat(completion(night).denominator()).isZero();
		}

		@Test
		void aChildWhoLeftCareAndCameBackThisYearIsNotLookedAfterContinuously() {
			Night night = lookedAfter(10, placement(CHILD, "SC1", monthsAgo(24), monthsAgo(8), "S", "U4", 2.0),
					placement(CHILD, URN, monthsAgo(7), null, "S", "K2", 2.0));
			assertThat(completion(night).denominator()).isZero();
		}

		@Test
		void aMoveOnTheSameDayKeepsTheCareContinuous() {
			Night night = lookedAfter(10, placement(CHILD, "SC1", monthsAgo(24), monthsAgo(8), "S", "U4", 2.0),
					placement(CHILD, URN, monthsAgo(8), null, "P", "K2", 2.0));
			assertThat(completion(night).denominator()).isEqualTo(1);
		}

		@Test
		void theLatestScoreIsBandedAndAveraged() {
			Night night = lookedAfter(10, placed(CHILD, URN), sdq(CHILD, monthsAgo(15), 10), sdq(CHILD, monthsAgo(3), 18));
			assertThat(kpi(night, night.assessment(), "K7", "band").value()).isEqualByComparingTo("0");
			List<KpiValue> all = new KpiCalculator(night.facts(), List.of(), List.of(), List.of(),
					night.assessment().measures()).compute();
			assertThat(all).filteredOn(v -> v.kpi().equals("K7") && v.measure().equals("band"))
				.extracting(v -> v.label() + " " + v.value())
				.containsExactly("0-13 0", "14-16 0", "17-19 1", "20-40 0");
			assertThat(kpi(night, night.assessment(), "K7", "mean").value()).isEqualByComparingTo(new BigDecimal("18"));
		}
	}

	@Test
	void rulesWithNoKpiRulesLeaveTheMeasuresWithNoValueRatherThanZero(@TempDir Path temp) {
		RuleBase withoutKpis = RulesCopy.of(temp)
			.delete("kpis.drl")
			.replace("flags.drl", "    Measured( measure == \"K3\", child == $c, counted )\n", "")
			.compile();
		Night night = night().with(home(URN), inadequate(URN, monthsAgo(2)), child(CHILD, 12), placed(CHILD, URN));
		Assessment assessment = new Assessor(withoutKpis).assess(night.facts());
		assertThat(kpi(night, assessment, "K2", "children_at_inadequate").value()).isNull();
		assertThat(kpi(night, assessment, "K8", "three_plus_placements").value()).isNull();
	}
}
