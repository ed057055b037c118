package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.placewise.assess.Night.*;

import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;

/**
 * Issue 16: what the rules decide, Java reads and never decides again. The score is the rules' own
 * Score fact (a council may cap or weight it in bands.drl); bands and severities are the words the
 * rules write, checked once, before anything is run where they are written out and as they are
 * inserted where they are computed.
 */
class RulesAreTheOnlySourceTests {

	static final String CAP_AT_80 = "insert( new Score( $u, Math.min( 80, $total.intValue() ) ) );";

	/** An inadequate home with a Reg 44 report saying children are unsafe and a child placed: over 100 points. */
	static Night inadequateUnsafeHome() {
		return night().with(home("SC000002"), inadequate("SC000002", monthsAgo(2)),
				reg44("SC000002", daysAgo(20), false, true, 4), child("C1", 15), placed("C1", "SC000002"));
	}

	@Nested
	class TheScore {

		@Test
		void isTheScoreFactTheScoreRuleInsertsNotTheReasonsSummedAgain(@TempDir Path temp) {
			RuleBase capped = RulesCopy.of(temp)
				.replace("bands.drl", "insert( new Score( $u, $total.intValue() ) );", CAP_AT_80)
				.compile();
			SettingAssessment home = inadequateUnsafeHome().assessedWith(capped).settings().get(0);
			assertThat(home.reasons().stream().mapToInt(Reason::points).sum()).isGreaterThan(100);
			assertThat(home.score()).isEqualTo(80);
			assertThat(home.band()).isEqualTo(RiskBand.CRITICAL);
		}

		@Test
		void isCarriedIntoTheFlagsThatQuoteIt(@TempDir Path temp) {
			// a setting Critical by its score alone (140 points of a test rule), capped at 61
			RuleBase capped = RulesCopy.of(temp)
				.replace("bands.drl", "insert( new Score( $u, $total.intValue() ) );",
						"insert( new Score( $u, Math.min( 61, $total.intValue() ) ) );")
				.write("test-points.drl", BandRulesTests.TEST_POINTS)
				.compile();
			Night night = BandRulesTests.scoring(140).with(child("C4", 12), placed("C4", BandRulesTests.URN));
			Flag critical = night.assessedWith(capped).flags().stream()
				.filter(f -> f.code().equals("CRITICAL_SETTING"))
				.findFirst()
				.orElseThrow();
			assertThat(critical.fact()).endsWith("score 61)");
		}

		@Test
		void missingForASettingFailsTheNightNamingTheSettingAndTheRule(@TempDir Path temp) {
			RuleBase noScore = RulesCopy.of(temp)
				.replace("bands.drl", "insert( new Score( $u, $total.intValue() ) );",
						"if ( !$u.equals( \"SC000002\" ) ) { insert( new Score( $u, $total.intValue() ) ); }")
				.compile();
			assertThatThrownBy(() -> inadequateUnsafeHome().assessedWith(noScore))
				.isInstanceOf(RulesResultException.class)
				.hasMessageContaining("gave setting SC000002 no Score")
				.hasMessageContaining("\"SCORE\" in bands.drl");
		}

		@Test
		void twiceForASettingFailsTheNightNamingBothRules(@TempDir Path temp) {
			RuleBase twice = RulesCopy.of(temp).write("weighting.drl", """
					package uk.placewise.rules;
					import uk.placewise.facts.Setting;
					import uk.placewise.assess.Score;
					rule "WEIGHTED-SCORE"
					    salience -100
					when
					    Setting( $u : urn )
					then
					    insert( new Score( $u, 7 ) );
					end
					""").compile();
			assertThatThrownBy(() -> inadequateUnsafeHome().assessedWith(twice))
				.isInstanceOf(RulesResultException.class)
				.hasMessageContaining("gave setting SC000002 more than one Score")
				.hasMessageContaining("rule \"SCORE\"")
				.hasMessageContaining("rule \"WEIGHTED-SCORE\"");
		}
	}

	@Nested
	class ABandName {

		@Test
		void misspeltInABandRuleIsRefusedBeforeAnythingRunsNamingTheRule(@TempDir Path temp) {
			RulesCopy copy = RulesCopy.of(temp).replace("bands.drl", "new Band( $u, \"High\", \"BAND-HIGH\" )",
					"new Band( $u, \"Severe\", \"BAND-HIGH\" )");
			assertThatThrownBy(copy::compile).isInstanceOf(RulesCompileException.class)
				.hasMessageContaining("rules/bands.drl:")
				.hasMessageContaining("rule \"BAND-HIGH\" names the band \"Severe\": a band is Critical, High, Medium or Low");
		}

		@Test
		void misspeltWhereTheUrnIsACallIsRefusedToo(@TempDir Path temp) {
			RulesCopy copy = RulesCopy.of(temp).write("extra.drl", """
					package uk.placewise.rules;
					import uk.placewise.facts.Setting;
					import uk.placewise.assess.Band;
					rule "EXTRA-BAND"
					    salience -130
					when
					    $s : Setting( name == "never" )
					then
					    insert( new Band( $s.urn(), "Severe", "EXTRA-BAND" ) );
					end
					""");
			assertThatThrownBy(copy::compile).isInstanceOf(RulesCompileException.class)
				.hasMessageContaining("rules/extra.drl:9: rule \"EXTRA-BAND\" names the band \"Severe\"");
		}

		@Test
		void misspeltInATestIsRefusedRatherThanNeverMatching(@TempDir Path temp) {
			RulesCopy copy = RulesCopy.of(temp).replace("flags.drl", "band == \"Critical\"", "band == \"critical\"");
			assertThatThrownBy(copy::compile).isInstanceOf(RulesCompileException.class)
				.hasMessageContaining("rules/flags.drl:")
				.hasMessageContaining("rule \"CRITICAL_SETTING\" names the band \"critical\"");
		}

		@Test
		void computedAtRunTimeAndUnknownFailsTheNightNamingTheRule(@TempDir Path temp) {
			RuleBase shouted = RulesCopy.of(temp)
				.replace("bands.drl", "new Band( $u, \"Critical\", \"BAND-CRITICAL\" )",
						"new Band( $u, \"Critical\".toUpperCase(), \"BAND-CRITICAL\" )")
				.compile();
			assertThatThrownBy(() -> inadequateUnsafeHome().assessedWith(shouted))
				.isInstanceOf(RulesResultException.class)
				.hasMessageContaining("gave setting SC000002 the band \"CRITICAL\" (rule \"BAND-CRITICAL\")");
		}
	}

	@Nested
	class AFlagSeverity {

		@Test
		void misspeltIsRefusedBeforeAnythingRunsNamingTheRule(@TempDir Path temp) {
			RulesCopy copy = RulesCopy.of(temp).replace("flags.drl", "\"REG44_UNSAFE\", \"urgent\"",
					"\"REG44_UNSAFE\", \"Urgent!\"");
			assertThatThrownBy(copy::compile).isInstanceOf(RulesCompileException.class)
				.hasMessageContaining("rule \"REG44_UNSAFE\" gives a flag the severity \"Urgent!\"");
		}
	}
}
