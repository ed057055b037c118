package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.placewise.assess.Night.agency;
import static uk.placewise.assess.Night.night;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that would run for ever are stopped by their budget, naming the rule whose consequences changed
 * facts most (where the loop is) and the rule that fired most.
 */
class RuleBudgetTests {

	static final String LOOP = Escapes.LOOP;

	static final String FLOOD = """
			package uk.placewise.rules;
			import uk.placewise.facts.Setting;
			import uk.placewise.assess.Reason;

			rule "SEED"
			when
			    Setting( $u : urn )
			then
			    insert( new Reason( $u, "SEED", 0, "seed", null, null ) );
			end

			rule "FLOOD"
			when
			    $r : Reason()
			then
			    insert( new Reason( $r.urn(), "FLOOD", $r.points() + 1, "more", null, null ) );
			end
			""";

	@TempDir
	Path folder;

	RuleBase rules(String drl) throws IOException {
		Files.writeString(folder.resolve("loop.drl"), drl);
		return RuleBase.compile(folder);
	}

	@Test
	void aRuleThatUpdatesForEverIsHaltedAtTheTimeBudgetNamingTheRule() throws IOException {
		Assessor assessor = new Assessor(rules(LOOP), new RuleBudget(Duration.ofSeconds(2), Long.MAX_VALUE));
		long started = System.nanoTime();
		assertThatThrownBy(() -> assessor.assess(night().with(agency("SC400001")).facts()))
			.isInstanceOf(RulesBudgetException.class)
			.hasMessageStartingWith("the rules ran over their time budget of 2 s: rule \"LOOP\" fired most, ")
			.hasMessageEndingWith(" times (each update makes the rules matching the fact fire again)")
			.hasMessageContaining(" times, and updated facts ");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
	}

	/**
	 * LOOP updates a setting; ECHO matches every pair of settings and goes first, so each update re-fires it
	 * three times: it fires most, though the loop is LOOP's.
	 */
	static final String LOOP_AND_ECHO = LOOP + """

			rule "ECHO" salience 10
			when
			    Setting()
			    Setting()
			then
			end
			""";

	@Test
	void theRuleWhoseUpdatesReFireTheOthersIsNamedBesideTheRuleThatFiredMost() throws IOException {
		Assessor assessor = new Assessor(rules(LOOP_AND_ECHO), new RuleBudget(Duration.ofMinutes(1), 3000));
		assertThatThrownBy(() -> assessor.assess(night().with(agency("SC400001"), agency("SC400002")).facts()))
			.isInstanceOf(RulesBudgetException.class)
			.hasMessageMatching("the rules inserted or updated more than 3,000 facts in one session: rule \"LOOP\" "
					+ "updated facts 3,001 times \\(each update makes the rules matching the fact fire again\\); "
					+ "rule \"ECHO\" fired most, [0-9,]+ times");
	}

	@Test
	void rulesThatInsertForEverAreHaltedAtTheCap() throws IOException {
		Assessor assessor = new Assessor(rules(FLOOD), new RuleBudget(Duration.ofMinutes(1), 1000));
		assertThatThrownBy(() -> assessor.assess(night().with(agency("SC400001")).facts()))
			.isInstanceOf(RulesBudgetException.class)
			.hasMessage("the rules inserted or updated more than 1,000 facts in one session: rule \"FLOOD\" fired "
					+ "most, 999 times, and inserted 1,000 facts");
	}

	@Test
	void aBudgetOfNothingIsAMistake() {
		assertThatThrownBy(() -> new RuleBudget(Duration.ZERO, 10)).isInstanceOf(IllegalArgumentException.class);
	}
}
