package uk.placewise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The region-scale demo (ten councils, about 20,000 children): generated here, with the integration
 * tests, rather than in the unit suite, which stays fast; the la scale is in DemoGeneratorTests.
 */
class RegionDemoIntegrationTests {

	@Test
	void regionPoolsTenCouncilsWithDistinctChildIdPrefixes(@TempDir Path dir) throws IOException {
		List<String> lines = new ArrayList<>();
		DemoInbox inbox = new DemoGenerator(Scale.REGION, 3, DemoFiles.AS_OF, lines::add).generate(dir);
		Set<String> prefixes = DemoFiles.rows(dir.resolve("ssda903-header.csv")).stream().skip(1)
			.map((r) -> r[0].substring(0, 4)).collect(Collectors.toCollection(TreeSet::new));
		assertThat(prefixes).hasSize(10);
		assertThat(inbox.rows("ssda903-header.csv")).isBetween(18_000L, 25_000L);
		assertThat(lines).anySatisfy((l) -> assertThat(l).contains("council 10 of 10"));
	}
}
