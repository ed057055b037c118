package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.TestJvm;

/**
 * A consequence that computes for ever without firing or inserting cannot be halted; well after the
 * budget (a tenth of it, at least 5 s) the process is stopped with exit 1, naming the rule that did not
 * return. The process this test starts waits 0.5 s past a 0.5 s budget, not 5 s past 1 s: the same stop,
 * without spinning a core for 6 s; the production grace is proven here too, in this JVM.
 */
class RuleHardStopTests {

	/** Passes the check (lists, loops over lists): only the budget can stop it. */
	static final String BUSY = """
			package uk.placewise.rules;
			import java.util.Collections;
			import uk.placewise.facts.Setting;

			rule "BUSY"
			when
			    Setting()
			then
			    long n = 0;
			    for ( String a : Collections.nCopies( Integer.MAX_VALUE, "a" ) ) {
			        for ( String b : Collections.nCopies( Integer.MAX_VALUE, "b" ) ) {
			            n += a.length() + b.length();
			        }
			    }
			end
			""";

	/**
	 * {@code java ... RuleHardStopTests FOLDER}: assesses one setting with a 0.5 s budget and grace;
	 * exit 3 if it returns.
	 */
	public static void main(String[] args) {
		RuleBase rules = RuleBase.compile(Path.of(args[0]));
		RuleWatch.leastGrace = Duration.ofMillis(500);
		new Assessor(rules, new RuleBudget(Duration.ofMillis(500), Long.MAX_VALUE))
			.assess(Night.night().with(Night.agency("SC400001")).facts());
		System.exit(3);
	}

	@Test
	void aConsequenceThatNeverReturnsStopsTheProcessWithExitOneNamingTheRule(@TempDir Path rules) throws Exception {
		Files.writeString(rules.resolve("busy.drl"), BUSY);
		long started = System.nanoTime();
		Process process = new ProcessBuilder(TestJvm.command("-cp", System.getProperty("java.class.path"),
				RuleHardStopTests.class.getName(), rules.toString()))
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(90, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the process was not stopped");
		}
		assertThat(process.exitValue()).isEqualTo(1);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
		assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
			.contains("placewise: failed: the rules are still running 0.5 s after their time budget of 0.5 s: rule "
					+ "\"BUSY\" has not returned");
	}

	@Test
	void theProcessIsStoppedFiveSecondsAfterABudgetOfUpToFiftySeconds() {
		assertThat(RuleWatch.grace(new RuleBudget(Duration.ofSeconds(1), 1))).isEqualTo(Duration.ofSeconds(5));
		assertThat(RuleWatch.grace(RuleBudget.SCENARIO)).isEqualTo(Duration.ofSeconds(5));
		assertThat(RuleWatch.grace(new RuleBudget(Duration.ofSeconds(50), 1))).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void theProcessIsStoppedATenthOfALongerBudgetAfterIt() {
		assertThat(RuleWatch.grace(new RuleBudget(Duration.ofSeconds(60), 1))).isEqualTo(Duration.ofSeconds(6));
		assertThat(RuleWatch.grace(RuleBudget.NIGHT)).isEqualTo(Duration.ofMinutes(1));
	}
}
