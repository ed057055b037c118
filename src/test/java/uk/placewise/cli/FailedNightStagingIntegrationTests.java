package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.PlacewiseApplication;
import uk.placewise.RulesCopy;
import uk.placewise.TestFolders;
import uk.placewise.cli.TruthNights.Night;

/** A failed night leaves --out as the last published night left it: no empty hidden staging folder. */
@SpringBootTest(classes = PlacewiseApplication.class)
class FailedNightStagingIntegrationTests {

	static final Path DIR = TestFolders.fresh(FailedNightStagingIntegrationTests.class);

	static final Path RULES = RulesCopy.of(DIR).path();

	static final String QA = "urn,visit_date,visit_type,outcome,officer";

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestFolders.database(registry, DIR);
		registry.add("placewise.rules", RULES::toString);
	}

	@Autowired
	ApplicationContext context;

	@Test
	void aNightThatFailsInItsRulesLeavesNoStagingFolder() throws Exception {
		// given a published night, then rules that do not compile
		TruthNights nights = new TruthNights(context, DIR);
		Path inbox = nights.inbox("inbox", "qa.csv", TruthNights.csv(QA, "SC970001,01/10/2026,Announced,Good,X"));
		assertThat(nights.nightly(inbox, "out", LocalDate.of(2026, 11, 19)).exit()).isZero();
		Path broken = Files.writeString(RULES.resolve("broken.drl"), "package uk.placewise.rules;\nrule \"X\" when then\n");
		Night failed;
		try {
			// when
			failed = nights.nightly(inbox, "out", LocalDate.of(2026, 11, 20));
		}
		finally {
			Files.delete(broken);
		}
		// then
		assertThat(failed.exit()).isEqualTo(1);
		assertThat(hidden(DIR.resolve("out"))).isEmpty();
	}

	@Test
	void aStagingFolderLeftByAKilledRunIsRemovedByTheNextNight() throws Exception {
		// given a staging folder a kill -9 left behind
		TruthNights nights = new TruthNights(context, DIR);
		Path out = Files.createDirectories(DIR.resolve("out-killed"));
		Files.createDirectories(out.resolve(".placewise-run-9999/rejects"));
		Path inbox = nights.inbox("inbox-killed", "qa.csv", TruthNights.csv(QA, "SC970002,01/10/2026,Announced,Good,X"));
		// when
		Night night = nights.nightly(inbox, "out-killed", LocalDate.of(2026, 11, 20));
		// then
		assertThat(night.exit()).isZero();
		assertThat(hidden(out)).isEmpty();
	}

	static List<String> hidden(Path out) throws IOException {
		try (Stream<Path> entries = Files.list(out)) {
			return entries.map(p -> p.getFileName().toString())
				.filter(n -> n.startsWith(".") && !n.equals(".placewise-store"))
				.toList();
		}
	}
}
