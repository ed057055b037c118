package uk.placewise.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;

/**
 * Issue 18's nightly option: with placewise.briefing.nightly=true the night publishes its briefings in
 * --out's briefings/ with its other files, lists them in run-summary.json, and the same night run again
 * publishes the same bytes. The acceptance inbox as of 2026-11-20 has 8 visits due within 30 days or
 * overdue (see cli.BriefingIntegrationTests).
 */
@NightlyIntegrationTest
class NightlyBriefingsIntegrationTests {

	static final Path DIR = TestFolders.fresh(NightlyBriefingsIntegrationTests.class);

	static final Path INBOX = TestFolders.resources("acceptance/inbox");

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("placewise.briefing.nightly", () -> "true");
	}

	@Autowired
	NightlyRun nightly;

	@Test
	void publishesTheBriefingsWithTheNightAndTheSameBytesWhenTheNightIsRunAgain() throws Exception {
		// given
		Path out = DIR.resolve("out");
		Files.createDirectories(out.resolve("briefings"));
		Files.writeString(out.resolve("briefings").resolve("briefing-SC000000-2026-01-01.pdf"), "last night's, now stale");
		// when
		assertThat(nightly.run(INBOX, out, AS_OF).completed()).isTrue();
		Map<String, byte[]> first = files(out.resolve("briefings"));
		// then: 8 PDFs and the list, the stale briefing gone, every one in run-summary.json's outputs
		assertThat(first.keySet()).hasSize(9).contains("briefings.csv", "briefing-SC800002-2026-11-06.pdf")
			.doesNotContain("briefing-SC000000-2026-01-01.pdf");
		List<String> outputs = JsonMapper.builder().build().readTree(out.resolve("run-summary.json").toFile())
			.path("outputs").valueStream().map(n -> n.asString()).toList();
		assertThat(outputs).contains("briefings/briefings.csv", "briefings/briefing-SC800002-2026-11-06.pdf");
		// when: the same night again
		assertThat(nightly.run(INBOX, out, AS_OF).completed()).isTrue();
		// then
		Map<String, byte[]> again = files(out.resolve("briefings"));
		assertThat(again.keySet()).isEqualTo(first.keySet());
		first.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
	}

	private static Map<String, byte[]> files(Path dir) throws Exception {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> list = Files.list(dir)) {
			for (Path f : list.toList()) {
				files.put(f.getFileName().toString(), Files.readAllBytes(f));
			}
		}
		return files;
	}
}
