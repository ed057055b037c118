package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.PlacewiseApplication;
import uk.placewise.TestFolders;
import uk.placewise.assess.Escapes;
import uk.placewise.nightly.NightlyRun;

/**
 * Issue 14 on the whole job: a night whose rules folder holds an escape, or a rule that loops, fails with
 * exit 1 and a message naming the file and line (or the rule), leaves no trace, and leaves the previous
 * night's outputs whole. The inbox is the small capacity one (four agencies); the rules a copy.
 */
@SpringBootTest(classes = PlacewiseApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxNightlyIntegrationTests {

	static final Path DIR = TestFolders.fresh(SandboxNightlyIntegrationTests.class);

	static final Path INBOX = TestFolders.resources("acceptance/capacity");

	static final Path RULES = copyOfTheRules();

	static final Path OUT = DIR.resolve("out");

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestFolders.database(registry, DIR);
		registry.add("placewise.rules", RULES::toString);
		// a looping rule burns the CPU until the budget is spent; the real nights here assess in about 30 ms
		registry.add("placewise.assess.time-budget", () -> "1s");
	}

	@Autowired
	NightlyRun nightly;

	@Autowired
	ApplicationContext context;

	Map<String, byte[]> lastNight;

	@BeforeAll
	void lastNightRanWithTheShippedRules() throws Exception {
		assertThat(nightly.run(INBOX, OUT, AS_OF.minusDays(1)).completed()).isTrue();
		lastNight = published(OUT);
		assertThat(lastNight).containsKeys("provider-risk.csv", "visit-schedule.csv", "panel-flags.csv");
	}

	@Test
	void everyEscapeOfTheCorpusFailsTheNightWithItsFileAndLineLeavingNoTraceAndLastNightWhole() throws Exception {
		Path marker = DIR.resolve("marker");
		List<Escapes.Escape> escapes = Escapes.all(marker);
		escapes.forEach(e -> e.dropInto(RULES));
		Night night;
		try {
			night = tonight();
		}
		finally {
			escapes.forEach(e -> delete(RULES.resolve(e.fileName())));
		}
		assertThat(night.exit()).isEqualTo(1);
		assertThat(night.out()).isEmpty();
		assertThat(night.err()).startsWith("placewise nightly: failed: ").contains("the previous outputs in " + OUT
				+ " are unchanged");
		assertThat(escapes).allSatisfy(e -> assertThat(night.err()).as(e.name()).contains("rules/" + e.line() + ": "));
		assertThat(marker).doesNotExist();
		assertTheOutputsAreLastNights();
	}

	@Test
	void aLoopingRuleFailsTheNightInsideTheBudgetNamingTheRuleAndLastNightStaysWhole() throws Exception {
		Path loop = Files.writeString(RULES.resolve("loop.drl"), Escapes.LOOP);
		long started = System.nanoTime();
		Night night;
		try {
			night = tonight();
		}
		finally {
			delete(loop);
		}
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
		assertThat(night.exit()).isEqualTo(1);
		assertThat(night.err()).startsWith("placewise nightly: failed: ")
			.contains("the rules ran over their time budget of 1 s: rule \"LOOP\" fired most, ")
			.contains("the previous outputs in " + OUT + " are unchanged");
		assertTheOutputsAreLastNights();
	}

	record Night(int exit, String out, String err) {
	}

	private Night tonight() throws Exception {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		int exit = new NightlyCommand(context, new PrintStream(stdout, true, StandardCharsets.UTF_8),
				new PrintStream(stderr, true, StandardCharsets.UTF_8))
			.run(CommandLine.parse(new String[] { "nightly", "--inbox", INBOX.toString(), "--out", OUT.toString(),
					"--as-of", AS_OF.toString() }, Main.COMMANDS), Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC));
		return new Night(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
	}

	private void assertTheOutputsAreLastNights() throws IOException {
		Map<String, byte[]> now = published(OUT);
		assertThat(now.keySet()).isEqualTo(lastNight.keySet());
		lastNight.forEach((file, bytes) -> assertThat(now.get(file)).as(file).isEqualTo(bytes));
	}

	/** Every file a reader of --out sees (not the run's hidden staging folder), by relative path. */
	private static Map<String, byte[]> published(Path out) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(out)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				String name = out.relativize(file).toString();
				if (!name.startsWith(".placewise-run-")) {
					files.put(name, Files.readAllBytes(file));
				}
			}
		}
		return files;
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path copyOfTheRules() {
		Path rules = DIR.resolve("rules");
		try (Stream<Path> files = Files.list(Path.of("rules"))) {
			Files.createDirectories(rules);
			for (Path file : files.toList()) {
				if (Files.isRegularFile(file)) {
					Files.copy(file, rules.resolve(file.getFileName()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rules;
	}
}
