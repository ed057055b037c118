package uk.placewise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The synthetic data follows the real list's mix and the national rates it claims to. */
class CalibrationTests {

	@Test
	void providerListMixFollowsTheReal2025File() {
		Map<String, Long> mine = count(DemoFiles.providers(), (r) -> r[3]);
		Map<String, Long> real = count(DemoFiles.rows(DemoFiles.realList()).subList(4, 5604), (r) -> r[3]);
		assertThat(mine).isEqualTo(real);
		assertShares(count(DemoFiles.providers(), (r) -> r[26]), count(DemoFiles.rows(DemoFiles.realList()).subList(4, 5604), (r) -> r[26]));
		assertShares(count(DemoFiles.providers(), (r) -> r[16]), count(DemoFiles.rows(DemoFiles.realList()).subList(4, 5604), (r) -> r[16]));
	}

	@Test
	void sdqScoresAreNearTheNationalMeanAndShareOf17Plus() {
		List<Integer> scores = DemoFiles.records("ssda903-oc2.csv").stream().filter((r) -> !r.get("SDQ_SCORE").isEmpty())
			.map((r) -> Integer.parseInt(r.get("SDQ_SCORE"))).toList();
		double mean = scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
		double high = scores.stream().filter((s) -> s >= 17).count() / (double) scores.size();
		assertThat(mean).isCloseTo(14.0, within(1.0));
		assertThat(high).isCloseTo(0.37, within(0.06));
	}

	@Test
	void missingEpisodesPerMissingChildAreNearTheNationalAverage() {
		Map<String, Long> perChild = count(DemoFiles.records("ssda903-missing.csv").stream()
			.filter((m) -> DemoFiles.date(m.get("MIS_START")).isAfter(DemoFiles.AS_OF.minusYears(1))).toList(),
				(m) -> m.get("CHILD"));
		double mean = perChild.values().stream().mapToLong(Long::longValue).average().orElseThrow();
		assertThat(mean).isBetween(4.0, 9.0);
		assertThat(perChild.size()).isBetween(80, 200); // about 11% of some 1,300 children looked after in the year
	}

	private static <T> Map<String, Long> count(List<T> rows, Function<T, String> key) {
		return rows.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
	}

	private static void assertShares(Map<String, Long> mine, Map<String, Long> real) {
		double total = 5600;
		for (Map.Entry<String, Long> e : real.entrySet()) {
			assertThat(mine.getOrDefault(e.getKey(), 0L) / total).as(e.getKey()).isCloseTo(e.getValue() / total,
					within(0.02));
		}
	}

}
