package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Fuzzing the readers (decode, CSV, header, row checks) with random damage to a valid file of every
 * feed and with random bytes. Whatever arrives, a file is either unrecognised with a reason or read
 * row by row into accepted values that fit the store or rejects with a reason; nothing throws. Each
 * case has its own seed, printed on failure: {@code reproduce(seed, sample)} replays it.
 */
class ReaderFuzzTests {

	static final long SEED = 20261120L;

	/** Cases per feed; {@code -Dfuzz.cases=5000} for a longer hunt. */
	static final int CASES_PER_FEED = Integer.getInteger("fuzz.cases", 150);

	static final int RANDOM_FILES = 4 * CASES_PER_FEED;

	static final Path SAMPLES = Path.of("jobs", "sample-inbox");

	static List<FeedDefinition> feeds;

	@BeforeAll
	static void loadFeeds() throws IOException {
		feeds = FeedDefinitions.load(Path.of("jobs"));
	}

	@Test
	void everySampleFileIsRecognisedAndWhollyAccepted() throws IOException {
		for (Path sample : samples()) {
			Reading reading = Reading.of(Files.readAllBytes(sample), feeds);
			assertThat(reading.unrecognised()).as(sample.toString()).isNull();
			assertThat(reading.rows()).as(sample.toString()).isNotEmpty().allSatisfy(r -> assertThat(r.reason()).isNull());
		}
		assertThat(samples()).hasSize(feeds.size());
	}

	@TestFactory
	Stream<DynamicTest> damagedSampleFilesAreReadRowByRowOrReportedNeverThrown() throws IOException {
		SplittableRandom seeds = new SplittableRandom(SEED);
		return samples().stream().map(sample -> {
			long base = seeds.nextLong();
			return DynamicTest.dynamicTest(sample.getFileName() + " x " + CASES_PER_FEED, () -> {
				byte[] valid = Files.readAllBytes(sample);
				for (int i = 0; i < CASES_PER_FEED; i++) {
					long seed = base + i;
					check(seed, Mutations.mutate(valid, new SplittableRandom(seed)));
				}
			});
		});
	}

	@Test
	void randomBytesAreReadRowByRowOrReportedNeverThrown() {
		for (int i = 0; i < RANDOM_FILES; i++) {
			long seed = SEED + i;
			check(seed, Mutations.randomBytes(new SplittableRandom(seed)));
		}
	}

	@Test
	void randomRowsUnderEveryFeedsHeaderAreReadRowByRowNeverThrown() throws IOException {
		for (Path sample : samples()) {
			String header = headerBlock(sample);
			for (int i = 0; i < 40; i++) {
				long seed = SEED * 31 + i + sample.hashCode();
				SplittableRandom random = new SplittableRandom(seed);
				StringBuilder text = new StringBuilder(header);
				for (int row = 0; row < 5; row++) {
					int cells = random.nextInt(1, 30);
					for (int c = 0; c < cells; c++) {
						text.append(c == 0 ? "" : ",")
							.append(Mutations.NASTY.get(random.nextInt(Mutations.NASTY.size())).replace("\"", "\"\""));
					}
					text.append(random.nextBoolean() ? "\r\n" : "\n");
				}
				check(seed, text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
		}
	}

	static void check(long seed, byte[] bytes) {
		Reading reading;
		try {
			reading = Reading.of(bytes, feeds);
		}
		catch (RuntimeException | Error ex) {
			throw new AssertionError("seed " + seed + ": the readers threw " + ex, ex);
		}
		if (reading.unrecognised() != null) {
			assertThat(reading.unrecognised()).as("seed %d", seed).isNotBlank();
			return;
		}
		for (Reading.Row row : reading.rows()) {
			assertThat(row.line()).as("seed %d", seed).isPositive();
			if (row.reason() != null) {
				assertThat(row.reason()).as("seed %d: line %d", seed, row.line()).isNotBlank();
				assertThat(row.values()).as("seed %d", seed).isNull();
			}
			else {
				String misfit = StoreLimits.misfit(reading.feed(), row.values());
				if (misfit != null) {
					fail("seed " + seed + ": line " + row.line() + " was accepted but would not fit the store: " + misfit);
				}
			}
		}
	}

	/** Replays one case, for a failure's seed. */
	static Reading reproduce(long seed, Path sample) throws IOException {
		return Reading.of(Mutations.mutate(Files.readAllBytes(sample), new SplittableRandom(seed)), feeds);
	}

	private static String headerBlock(Path sample) throws IOException {
		String text = Files.readString(sample);
		int titles = Math.max(0, text.indexOf("Provision type")); // the Ofsted list's header is below its titles
		return text.substring(0, text.indexOf('\n', titles) + 1);
	}

	private static List<Path> samples() throws IOException {
		try (Stream<Path> files = Files.list(SAMPLES)) {
			return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
		}
	}

	/** What the feed tables (V1_1__feed_tables.sql) can hold. */
	static final class StoreLimits {

		static String misfit(FeedDefinition feed, Object[] values) {
			int key = 0;
			for (int c = 0; c < values.length; c++) {
				Object v = values[c];
				String name = feed.columns().get(c).name();
				if (v instanceof String s && (s.length() > 500 || s.indexOf('\u0000') >= 0)) {
					return name + " holds " + s.length() + " characters" + (s.indexOf('\u0000') >= 0 ? " with a NUL" : "");
				}
				if (v instanceof BigDecimal d && (d.precision() - d.scale() > 8 || d.scale() > 6)) {
					return name + " = " + d + " is beyond numeric(14,6)";
				}
				if (feed.key().contains(name)) {
					key += (v == null ? 0 : v.toString().length()) + 1;
				}
			}
			return key > 1000 ? "a natural key of " + key + " characters" : null;
		}
	}
}
