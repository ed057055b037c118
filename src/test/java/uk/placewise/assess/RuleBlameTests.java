package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.placewise.assess.Night.agency;
import static uk.placewise.assess.Night.night;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;

/**
 * Which rules a budget's stop blames, beside the shipped rules: the rules whose updates, inserts or deletes
 * are a significant share of what the rules changed, never a rule that changed one fact.
 */
class RuleBlameTests {

	static final RuleBudget CAP = new RuleBudget(Duration.ofMinutes(1), 3000);

	@TempDir
	Path temp;

	static String rules(String rules) {
		return """
				package uk.placewise.rules;
				import uk.placewise.facts.Setting;
				import uk.placewise.assess.Reason;

				""" + rules;
	}

	Assessor assessor(String drl) {
		return new Assessor(RulesCopy.of(temp).write("local.drl", rules(drl)).compile(), CAP);
	}

	@Test
	void aRuleThatInsertsForEverIsBlamedNotARuleThatUpdatedOnce() {
		Assessor assessor = assessor("""
				rule "GROW"
				when
				    $r : Reason()
				then
				    insert( new Reason( $r.urn(), "GROW", 0, "more", null, null ) );
				end

				rule "ONCE" salience 100 no-loop true
				when
				    $s : Setting()
				then
				    update( $s );
				end
				""");
		assertThatThrownBy(() -> assessor.assess(night().with(agency("SC400001")).facts()))
			.isInstanceOf(RulesBudgetException.class)
			.hasMessageStartingWith("the rules inserted or updated more than 3,000 facts in one session: rule \"GROW\" ")
			.hasMessageContaining("inserted 2,9")
			.hasMessageNotContaining("ONCE");
	}

	@Test
	void aRuleThatUpdatesForEverIsBlamedBesideTheShippedRulesItReFires() {
		Assessor assessor = assessor("""
				rule "TOUCH-SETTING"
				when
				    $s : Setting()
				then
				    update( $s );
				end
				""");
		assertThatThrownBy(() -> assessor.assess(night().with(agency("SC400001")).facts()))
			.isInstanceOf(RulesBudgetException.class)
			.hasMessage("the rules inserted or updated more than 3,000 facts in one session: rule \"TOUCH-SETTING\" "
					+ "fired most, 3,000 times, and updated facts 3,001 times (each update makes the rules matching the "
					+ "fact fire again)");
	}

	@Test
	void rulesThatUpdateEachOtherForEverAreBothBlamedWithoutAdvisingNoLoopTheyHaveNorTheRulesTheyReFire() {
		Assessor assessor = assessor("""
				rule "PING" no-loop true
				when
				    $s : Setting()
				then
				    update( $s );
				end

				rule "PONG" no-loop true
				when
				    $s : Setting()
				then
				    update( $s );
				end

				rule "ECHO" salience 10
				when
				    $s : Setting()
				then
				    insert( new Reason( $s.urn(), "ECHO", 0, "fired again by each update", null, null ) );
				end
				""");
		assertThatThrownBy(() -> assessor.assess(night().with(agency("SC400001")).facts()))
			.isInstanceOf(RulesBudgetException.class)
			.hasMessageContainingAll("rule \"PING\" updated facts ", "rule \"PONG\" updated facts ",
					"(it has no-loop true, so another rule's update of the same facts fires it again: look for that rule)")
			.hasMessageNotContaining("each update makes")
			.hasMessageNotContaining("ECHO\" inserted");
	}
}
