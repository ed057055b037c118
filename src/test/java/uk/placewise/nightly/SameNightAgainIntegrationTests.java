package uk.placewise.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import uk.placewise.PlacewiseApplication;
import uk.placewise.TestFolders;

/**
 * Issue 15 case 9: a night run again (same inbox, same store) publishes byte for byte what it published
 * the first time, panel flags included: a flag's lifecycle is judged against the latest night before
 * the as-of date, never against the night's own earlier run. The only differences allowed are in
 * run-summary.json, and only where it describes this run rather than the night: its run id, its timings
 * and each input's millis, and what this run's ingest did with a file it had already taken (its status,
 * and its rows counted accepted or unchanged, in each input and in the totals). Rows read and rejected,
 * the outputs, the schedule, the store and the as-of date are the same.
 */
@SpringBootTest(classes = PlacewiseApplication.class)
class SameNightAgainIntegrationTests {

	static final Path DIR = TestFolders.fresh(SameNightAgainIntegrationTests.class);

	static final Path INBOX = TestFolders.resources("acceptance/inbox");

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The fields of run-summary.json that describe a run's own work, not the night it published. */
	static final List<String> RUN_FIELDS = List.of("run_id", "timings_ms");

	static final List<String> INPUT_RUN_FIELDS = List.of("millis", "status", "rows_accepted", "rows_unchanged");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestFolders.database(registry, DIR);
	}

	@Autowired
	NightlyRun nightly;

	@Test
	void aNightRunAgainPublishesTheSameBytesAndTheSameFlagLifecycle() throws Exception {
		// given two nights, the second published
		Path out = DIR.resolve("out");
		assertThat(nightly.run(INBOX, DIR.resolve("out-before"), LocalDate.of(2026, 10, 31)).completed()).isTrue();
		assertThat(nightly.run(INBOX, out, LocalDate.of(2026, 11, 20)).completed()).isTrue();
		Map<String, byte[]> first = files(out);
		// when the second night is run again
		NightlyResult again = nightly.run(INBOX, out, LocalDate.of(2026, 11, 20));
		// then
		assertThat(again.completed()).as(again.failure()).isTrue();
		Map<String, byte[]> second = files(out);
		assertThat(first.keySet()).contains("panel-flags.csv", "provider-risk.csv", "visit-schedule.pdf", "run-summary.json");
		assertThat(Files.readString(out.resolve("panel-flags.csv"))).contains(",new,", ",continuing,");
		assertThat(second.keySet()).isEqualTo(first.keySet());
		first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
	}

	@Test
	void aFirstNightRunAgainAfterLaterNightsKeepsItsFlagsNew() throws Exception {
		// given a store's first night, then a later one
		Path out = DIR.resolve("replayed");
		assertThat(nightly.run(INBOX, out, LocalDate.of(2026, 9, 30)).completed()).isTrue();
		Map<String, byte[]> first = files(out);
		assertThat(nightly.run(INBOX, DIR.resolve("later"), LocalDate.of(2026, 10, 15)).completed()).isTrue();
		// when the first night is replayed
		assertThat(nightly.run(INBOX, out, LocalDate.of(2026, 9, 30)).completed()).isTrue();
		// then it is judged against the night before it (none), not the latest stored
		Map<String, byte[]> replayed = files(out);
		assertThat(Files.readString(out.resolve("panel-flags.csv"))).contains(",new,").doesNotContain(",continuing,");
		first.forEach((file, bytes) -> assertThat(replayed.get(file)).as(file).isEqualTo(bytes));
	}

	/** Every file in --out, byte for byte; run-summary.json without what describes the run's own work. */
	static Map<String, byte[]> files(Path out) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(out)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				files.put(out.relativize(file).toString(), Files.readAllBytes(file));
			}
		}
		ObjectNode summary = (ObjectNode) JSON.readTree(out.resolve("run-summary.json").toFile());
		summary.remove(RUN_FIELDS);
		((ObjectNode) summary.get("totals")).remove(List.of("rows_accepted", "rows_unchanged"));
		for (JsonNode input : summary.get("inputs")) {
			((ObjectNode) input).remove(INPUT_RUN_FIELDS);
		}
		files.put("run-summary.json", summary.toPrettyString().getBytes());
		return files;
	}
}
