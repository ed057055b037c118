package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;

/** The rules folder's facts.yml: how far back Java hands the rules a child who has left a setting. */
class FactWindowTests {

	@TempDir
	Path temp;

	@Test
	void theShippedFolderStatesTheDefaultWindow() {
		assertThat(FactWindow.parse(RulesCopy.of(temp).read("facts.yml"), "rules/facts.yml"))
			.isEqualTo(FactWindow.DEFAULT);
	}

	@Test
	void aFolderWidensTheWindow() {
		assertThat(FactWindow.parse("look-back-days: 550\n", "rules/facts.yml").lookBackDays()).isEqualTo(550);
	}

	@Test
	void aFolderWithoutTheFileGetsTheDefault() {
		assertThat(RulesCopy.of(temp).delete("facts.yml").compile().factWindow()).isEqualTo(FactWindow.DEFAULT);
	}

	@Nested
	class AMistakeFailsTheRulesWithFileAndLine {

		@Test
		void aMisspeltKey() {
			RulesCopy copy = RulesCopy.of(temp).write("facts.yml", "# window\nlook-back-day: 550\n");
			assertThat(RuleBaseTests.refusalsOf(copy)).containsExactly(
					"rules/facts.yml:2: unknown key 'look-back-day' in the facts settings; known keys: look-back-days");
		}

		@Test
		void aWindowThatIsNotANumberOfDays() {
			RulesCopy copy = RulesCopy.of(temp).write("facts.yml", "look-back-days: 18 months\n");
			assertThat(RuleBaseTests.refusalsOf(copy))
				.containsExactly("rules/facts.yml:1: look-back-days must be a whole number, not '18 months'");
		}

		@Test
		void aNegativeWindow() {
			RulesCopy copy = RulesCopy.of(temp).write("facts.yml", "look-back-days: -1\n");
			assertThat(RuleBaseTests.refusalsOf(copy)).singleElement()
				.asString()
				.startsWith("rules/facts.yml:1: look-back-days must be between 0 and ");
		}
	}
}
