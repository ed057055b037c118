package uk.placewise.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft's scenarios against the live rules': the live ones it lacks are named, never passed over. */
class MissingScenariosTests {

	@TempDir
	Path temp;

	Path folder(String name, String... scenarios) throws IOException {
		Path folder = temp.resolve(name);
		Files.createDirectories(folder.resolve("tests"));
		for (String scenario : scenarios) {
			Files.createDirectories(folder.resolve("tests").resolve(scenario).getParent());
			Files.writeString(folder.resolve("tests").resolve(scenario), "description: x\n");
		}
		return folder;
	}

	@Test
	void aDraftKeepingOneVacuousScenarioLacksEveryOtherLiveOne() throws IOException {
		Path live = folder("rules", "band-low.yml", "band-high.yml", "ofs-ri.yml");
		Path draft = folder("draft", "vacuous.yml", "band-low.yml");
		assertThat(MissingScenarios.of(live, draft)).containsExactly("band-high.yml", "ofs-ri.yml");
		assertThat(MissingScenarios.sentence(live, draft)).isEqualTo("the draft lacks 2 of the live rules' 3 scenarios "
				+ "in tests/ (band-high.yml, ofs-ri.yml): nothing checks what the draft decides there");
	}

	@Test
	void aDraftWithEveryLiveScenarioLacksNone() throws IOException {
		Path live = folder("rules", "band-low.yml", "more/ofs-ri.yaml");
		Path draft = folder("draft", "band-low.yml", "more/ofs-ri.yaml", "new.yml");
		assertThat(MissingScenarios.sentence(live, draft)).isEmpty();
	}

	@Test
	void pastTenTheMissingAreCounted() throws IOException {
		String[] many = new String[42];
		for (int i = 0; i < many.length; i++) {
			many[i] = "s" + (10 + i) + ".yml";
		}
		Path live = folder("rules", many);
		Path draft = folder("draft", "s10.yml");
		assertThat(MissingScenarios.sentence(live, draft)).startsWith("the draft lacks 41 of the live rules' 42 scenarios "
				+ "in tests/ (s11.yml, ").endsWith(", s20.yml and 31 more): nothing checks what the draft decides there");
	}

	@Test
	void hiddenFilesAndNotesUnderTestsAreNotScenarios() throws IOException {
		Path live = folder("rules", "band-low.yml", ".old.yml", "README.md", ".attic/ofs-ri.yml");
		Path draft = folder("draft", "band-low.yml");
		assertThat(MissingScenarios.of(live, draft)).isEmpty();
	}
}
