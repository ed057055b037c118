package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;
import uk.placewise.assess.Escapes;

/** {@code rules check} on a hostile draft: every escape refused by file and line, a loop stopped in time. */
class RulesCheckSandboxTests {

	@TempDir
	Path temp;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
		return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
				StandardCharsets.UTF_8), clock).run(args);
	}

	@Test
	void everyEscapeOfTheCorpusIsRefusedWithItsFileAndLineAndLeavesNoTrace() {
		Path marker = temp.resolve("marker");
		List<Escapes.Escape> escapes = Escapes.all(marker);
		RulesCopy copy = RulesCopy.of(temp);
		escapes.forEach(e -> e.dropInto(copy.path()));

		assertThat(run("rules", "check", "--rules", copy.path().toString())).isEqualTo(1);

		assertThat(escapes).allSatisfy(e -> assertThat(out.toString(StandardCharsets.UTF_8))
			.as(e.name())
			.contains("rules/" + e.line() + ": "));
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("do not compile").contains("no scenario was run");
		assertThat(marker).doesNotExist();
	}

	@Test
	void aLoopingRuleEndsTheCheckWithExitOneInsideTheBudgetNamingTheRule() throws Exception {
		RulesCopy copy = RulesCopy.of(temp).write("loop.drl", Escapes.LOOP);
		long started = System.nanoTime();

		int exit = run("rules", "check", "--rules", copy.path().toString(),
				"--placewise.assess.scenario-time-budget=2s");

		assertThat(exit).isEqualTo(1);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		// stopped by whichever limit it reaches first: the scenario's 2 s, or its cap on facts inserted
		assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("(ran over their time budget of 2 s|inserted or "
				+ "updated more than 100,000 facts in one session): rule \"LOOP\" (fired most, [0-9,]+ times, and )?"
				+ "updated facts [0-9,]+ times")
			.contains("the scenarios after this one were not run");
		assertThat(err.toString(StandardCharsets.UTF_8)).containsPattern("^placewise rules check: failed: 1 of \\d+ scenarios");
		assertThat(Files.exists(copy.path().resolve("loop.drl"))).isTrue();
	}
}
