package uk.placewise.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.assess.RuleBase;
import uk.placewise.results.FlagStatus;
import uk.placewise.results.ResultStore;

/**
 * Issue 10: a night run again when nothing its assessment depends on has changed (the store, the
 * rules, the schedule's configuration, the as-of date) reuses the stored results of the earlier run,
 * and the files it writes are byte for byte those of a run that assesses everything again. Each test
 * has a night of its own (the acceptance inbox, copied so that a test can change a file) on one store.
 */
@NightlyIntegrationTest
class UnchangedNightIntegrationTests {

	static final Path DIR = TestFolders.fresh(UnchangedNightIntegrationTests.class);

	static final Path RULES = copy(Path.of("rules"), DIR.resolve("rules"));

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("placewise.rules", RULES::toString);
	}

	@Autowired
	NightlyRun nightly;

	@Autowired
	JobRepository jobs;

	@Autowired
	ResultStore results;

	@Autowired
	ConfigurableEnvironment environment;

	@Nested
	class WhenNothingChanged {

		@Test
		void theNightRunAgainReusesTheEarlierRunsResults() throws Exception {
			// given
			Night night = new Night("reused", LocalDate.of(2026, 11, 20));
			NightlyResult first = night.run("first");
			// when
			NightlyResult again = night.run("again");
			// then
			assertThat(reusedRun(first)).isEmpty();
			assertThat(reusedRun(again)).hasValue(first.runId());
			assertThat(results.settings(again.runId())).isNotEmpty().isEqualTo(results.settings(first.runId()));
			assertThat(results.kpis(again.runId())).isEqualTo(results.kpis(first.runId()));
			// judged against the same earlier night as the first run (issue 15): a re-run never turns new into continuing
			assertThat(results.flags(again.runId())).isNotEmpty().isEqualTo(results.flags(first.runId()));
		}

		@Test
		void theReusedRunsFilesAreByteIdenticalToThoseOfARunThatAssessesAgain() throws Exception {
			// given
			Night night = new Night("identical", LocalDate.of(2026, 11, 19));
			night.run("first");
			NightlyResult reused = night.run("reused");
			// when
			NightlyResult recomputed = with(AssessTasklet.REUSE, "false", () -> night.run("recomputed"));
			// then
			assertThat(reusedRun(reused)).isPresent();
			assertThat(reusedRun(recomputed)).isEmpty();
			Map<String, byte[]> expected = night.files("recomputed");
			assertThat(expected.keySet()).contains("provider-risk.csv", "visit-schedule.csv", "visit-schedule.ics",
					"visit-schedule.pdf", "panel-flags.csv", "provider-rollup.csv");
			Map<String, byte[]> actual = night.files("reused");
			assertThat(actual.keySet()).isEqualTo(expected.keySet());
			expected.forEach((file, bytes) -> assertThat(actual.get(file)).as(file).isEqualTo(bytes));
			assertThat(results.flags(reused.runId())).isEqualTo(results.flags(recomputed.runId()));
			assertThat(results.kpis(reused.runId())).isEqualTo(results.kpis(recomputed.runId()));
		}
	}

	/**
	 * What the rules engine warned about is in every night's run-summary.json; a night whose results are
	 * reused says it from the store, without compiling the rules (a new process would spend seconds on it).
	 * The rules here have a file of their own that the engine warns about, so they are a ruleset no other
	 * test has compiled.
	 */
	@Nested
	class TheRulesWarnings {

		/** A rule in two groups of one name: the engine warns that one overrides the other, and compiles it. */
		static final String WARNED = "package uk.placewise.rules;\n\nrule \"WARNED\" ruleflow-group \"g\" agenda-group \"g\"\n"
				+ "when\nthen\nend\n";

		@Test
		void areReportedOnAReusedNightWithoutAskingForTheRules() throws Exception {
			// given a night that compiled rules the engine warns about
			Night night = new Night("warned", LocalDate.of(2026, 11, 14));
			NightlyResult first = withWarnedRules("reused", () -> night.run("first"));
			// when the same night runs again
			RuleBase.Compilations before = RuleBase.compilations();
			NightlyResult again = withWarnedRules("reused", () -> night.run("again"));
			RuleBase.Compilations after = RuleBase.compilations();
			// then
			assertThat(reusedRun(again)).hasValue(first.runId());
			assertThat(after).isEqualTo(before);
			var firstWarnings = summary(night, "first").get("rules_warnings");
			assertThat(firstWarnings.get("count").asInt()).isPositive();
			assertThat(firstWarnings.get("warnings").get(0).asString()).startsWith("rules/warned/warned.drl:");
			assertThat(summary(night, "again").get("rules_warnings")).isEqualTo(firstWarnings);
		}

		@Test
		void areReportedOnANightWhoseRulesChangedByCompilingTheNewRules() throws Exception {
			// given a night with the shipped rules
			Night night = new Night("warned-after", LocalDate.of(2026, 11, 13));
			night.run("first");
			assertThat(summary(night, "first").get("rules_warnings").get("count").asInt()).isZero();
			// when the rules change (a new ruleset: no other test's)
			long before = RuleBase.compilations().compiled();
			NightlyResult changed = withWarnedRules("changed", () -> night.run("changed"));
			// then
			assertThat(reusedRun(changed)).isEmpty();
			assertThat(RuleBase.compilations().compiled() - before).isOne();
			assertThat(summary(night, "changed").get("rules_warnings").get("count").asInt()).isPositive();
		}

		/** Runs with the warned file in the rules; {@code tag} makes them a ruleset of this test's own. */
		<T> T withWarnedRules(String tag, Run<T> run) throws Exception {
			Path warned = RULES.resolve("warned").resolve("warned.drl");
			Files.createDirectories(warned.getParent());
			Files.writeString(warned, WARNED + "// " + TheRulesWarnings.class.getName() + " " + tag + "\n");
			try {
				return run.call();
			}
			finally {
				Files.delete(warned);
				Files.delete(warned.getParent());
			}
		}

		tools.jackson.databind.JsonNode summary(Night night, String run) {
			return tools.jackson.databind.json.JsonMapper.builder()
				.build()
				.readTree(night.out.resolve(run).resolve("run-summary.json").toFile());
		}
	}

	@Nested
	class WhenSomethingTheAssessmentDependsOnChanged {

		@Test
		void aChangedRowInAnInboxFileMakesTheNightAssessAgain() throws Exception {
			// given
			Night night = new Night("changed-file", LocalDate.of(2026, 11, 18));
			night.run("first");
			replace(night.inbox.resolve("qa_visits.csv"), "SC800002,06/10/2026,Unannounced,Inadequate",
					"SC800002,06/10/2026,Unannounced,Good");
			// when
			NightlyResult changed = night.run("changed");
			NightlyResult again = night.run("again");
			// then
			assertThat(reusedRun(changed)).isEmpty();
			assertThat(reusedRun(again)).hasValue(changed.runId());
		}

		@Test
		void aChangedNumberInTheRulesMakesTheNightAssessAgain() throws Exception {
			// given
			Night night = new Night("changed-rules", LocalDate.of(2026, 11, 17));
			NightlyResult first = night.run("first");
			Path ofsted = RULES.resolve("ofsted.drl");
			String shipped = Files.readString(ofsted);
			NightlyResult changed;
			try {
				replace(ofsted, "\"OFS-RI\", 25,", "\"OFS-RI\", 30,");
				// when
				changed = night.run("changed");
			}
			finally {
				Files.writeString(ofsted, shipped);
			}
			// then
			assertThat(reusedRun(changed)).isEmpty();
			assertThat(results.run(changed.runId()).orElseThrow().rulesetVersion())
				.isNotEqualTo(results.run(first.runId()).orElseThrow().rulesetVersion());
			assertThat(reusedRun(night.run("shipped rules again"))).hasValue(first.runId());
		}

		@Test
		void aChangedMonthlyCapacityMakesTheNightAssessAgain() throws Exception {
			// given
			Night night = new Night("changed-capacity", LocalDate.of(2026, 11, 16));
			night.run("first");
			// when
			NightlyResult changed = with(AssessTasklet.MONTHLY_CAPACITY, "1", () -> night.run("capacity 1"));
			NightlyResult again = with(AssessTasklet.MONTHLY_CAPACITY, "1", () -> night.run("capacity 1 again"));
			// then
			assertThat(reusedRun(changed)).isEmpty();
			assertThat(reusedRun(again)).hasValue(changed.runId());
		}

		@Test
		void anotherAsOfDateMakesTheNightAssessAgain() throws Exception {
			// given
			Night night = new Night("another-date", LocalDate.of(2026, 11, 10));
			night.run("first");
			// when (no other test's night is as of the 11th)
			NightlyResult nextDay = new Night("another-date", LocalDate.of(2026, 11, 11)).run("next day");
			// then
			assertThat(reusedRun(nextDay)).isEmpty();
		}
	}

	/** The earlier run whose results the assess step of this run reused, if it did. */
	OptionalLong reusedRun(NightlyResult result) {
		assertThat(result.completed()).as(result.failure()).isTrue();
		var execution = jobs.getLastJobExecution(jobs.getJobInstance(result.runId()));
		StepExecution assess = execution.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals("assess"))
			.findFirst()
			.orElseThrow();
		return assess.getExecutionContext().containsKey(AssessTasklet.REUSED_RUN)
				? OptionalLong.of(assess.getExecutionContext().getLong(AssessTasklet.REUSED_RUN)) : OptionalLong.empty();
	}

	/** Runs with one property set, as if given on the command line. */
	<T> T with(String property, String value, Run<T> run) throws Exception {
		MapPropertySource override = new MapPropertySource("test " + property, Map.of(property, value));
		environment.getPropertySources().addFirst(override);
		try {
			return run.call();
		}
		finally {
			environment.getPropertySources().remove(override.getName());
		}
	}

	interface Run<T> {

		T call() throws Exception;
	}

	/** An as-of date and an inbox of its own (a copy of the acceptance inbox); each run writes to out/NAME. */
	class Night {

		final Path inbox;

		final Path out;

		final LocalDate asOf;

		Night(String name, LocalDate asOf) {
			Path dir = DIR.resolve(name);
			this.inbox = Files.isDirectory(dir.resolve("inbox")) ? dir.resolve("inbox")
					: copy(TestFolders.resources("acceptance/inbox"), dir.resolve("inbox"));
			this.out = dir.resolve("out-" + asOf);
			this.asOf = asOf;
		}

		NightlyResult run(String name) throws Exception {
			return nightly.run(inbox, out.resolve(name.replace(' ', '-')), asOf);
		}

		/** The published files of a run but run-summary.json (which names the run and times it). */
		Map<String, byte[]> files(String name) throws IOException {
			Map<String, byte[]> files = new TreeMap<>();
			try (Stream<Path> all = Files.list(out.resolve(name))) {
				for (Path file : all.filter(Files::isRegularFile).toList()) {
					String fileName = file.getFileName().toString();
					if (!fileName.equals("run-summary.json")) {
						files.put(fileName, Files.readAllBytes(file));
					}
				}
			}
			return files;
		}
	}

	static void replace(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		assertThat(text).contains(from);
		Files.writeString(file, text.replace(from, to));
	}

	static Path copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return to;
	}
}
