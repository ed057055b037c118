package uk.placewise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGeneratorTests {

	static final List<String> FILES = List.of("ofsted-providers.csv", "ofsted-inspections.csv", "ofsted-enforcement.csv",
			"ssda903-header.csv", "ssda903-episodes.csv", "ssda903-missing.csv", "ssda903-oc2.csv", "reg44.csv",
			"reg45.csv", "qa-visits.csv", "concerns.csv", "viability.csv", "return-interviews.csv", "costs.csv",
			"settings.csv", "postcodes.csv");

	@Test
	void sameSeedScaleAndAsOfGiveByteIdenticalFiles(@TempDir Path again) throws IOException {
		// given the shared inbox (seed 42) and a second run with the same arguments
		DemoInbox first = DemoFiles.la();
		new DemoGenerator(Scale.LA, DemoFiles.SEED, DemoFiles.AS_OF, null).generate(again);
		// then every file is the same, byte for byte
		for (String name : FILES) {
			assertThat(Files.mismatch(first.dir().resolve(name), again.resolve(name))).as(name).isEqualTo(-1L);
		}
	}

	@Test
	void anotherSeedGivesOtherChildrenButTheSamePlantedScenarios(@TempDir Path other) throws IOException {
		DemoGenerator generator = new DemoGenerator(Scale.LA, 7, DemoFiles.AS_OF, null);
		generator.generate(other);
		assertThat(Files.mismatch(DemoFiles.la().dir().resolve("ssda903-episodes.csv"),
				other.resolve("ssda903-episodes.csv"))).isNotEqualTo(-1L);
		assertThat(Files.mismatch(DemoFiles.la().dir().resolve("ofsted-providers.csv"),
				other.resolve("ofsted-providers.csv"))).isNotEqualTo(-1L);
		assertThat(generator.plantedCases())
			.isEqualTo(new DemoGenerator(Scale.LA, DemoFiles.SEED, DemoFiles.AS_OF, null).plantedCases());
	}

	@Test
	void writesEveryInboxFileAndReportsItsRows() throws IOException {
		DemoInbox inbox = DemoFiles.la();
		assertThat(inbox.files()).extracting(DemoInbox.InboxFile::name).containsExactlyInAnyOrderElementsOf(FILES);
		for (DemoInbox.InboxFile file : inbox.files()) {
			long lines = DemoFiles.rows(inbox.dir().resolve(file.name())).size();
			long headerRows = file.name().equals("ofsted-providers.csv") ? 4 : 1;
			assertThat(lines - headerRows).as(file.name()).isEqualTo(file.rows());
			assertThat(file.rows()).as(file.name()).isPositive();
		}
	}

	@Test
	void noEpisodeStartsOrEndsAfterTheAsOfDate() {
		// an export made on the as-of date cannot hold an episode that has not happened yet
		for (Map<String, String> episode : DemoFiles.records("ssda903-episodes.csv")) {
			for (String column : List.of("DECOM", "DEC")) {
				String value = episode.get(column);
				if (value != null && !value.isBlank()) {
					assertThat(LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))).as(column + " of " + episode.get("CHILD")).isBeforeOrEqualTo(DemoFiles.AS_OF);
				}
			}
		}
	}

	@Test
	void laScaleIsAboutOneCouncil() {
		DemoInbox inbox = DemoFiles.la();
		assertThat(inbox.rows("ofsted-providers.csv")).isEqualTo(5600);
		List<Map<String, String>> episodes = DemoFiles.records("ssda903-episodes.csv");
		Set<String> current = new TreeSet<>();
		Set<String> urns = new TreeSet<>();
		for (Map<String, String> e : episodes) {
			LocalDate decom = DemoFiles.date(e.get("DECOM"));
			LocalDate dec = DemoFiles.date(e.get("DEC"));
			if (!decom.isAfter(DemoFiles.AS_OF) && (dec == null || dec.isAfter(DemoFiles.AS_OF))) {
				current.add(e.get("CHILD"));
			}
			if (!e.get("URN").isEmpty() && !e.get("URN").equals("XXXXXXX")) {
				urns.add(e.get("URN"));
			}
		}
		assertThat(current).hasSizeBetween(950, 1050);
		assertThat(urns).as("settings used").hasSizeBetween(300, 400);
		// leavers of the last three years are in the extract too
		assertThat(inbox.rows("ssda903-header.csv")).isBetween(1800L, 2500L);
	}

	@Test
	void reportsProgressAStepALineWithTime(@TempDir Path dir) throws IOException {
		List<String> lines = new ArrayList<>();
		new DemoGenerator(Scale.LA, 1, DemoFiles.AS_OF, lines::add).generate(dir);
		assertThat(lines).hasSizeGreaterThanOrEqualTo(4).allSatisfy((l) -> assertThat(l).matches("demo la: .* \\(\\d+\\.\\d s, \\d+ MB heap\\)"));
	}

	@Test
	void refusesAnAsOfBeforeThe2025Codes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DemoGenerator(Scale.LA, 1, LocalDate.of(2024, 12, 31), null));
	}

}
