package uk.placewise.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.placewise.assess.RuleBase;
import uk.placewise.report.pdf.ReportsFolder;
import uk.placewise.yaml.YamlException;

/** reports/briefing-prompts.yml, read strictly: what a council officer's edit can and cannot do. */
class VisitPromptsTests {

	static final Set<String> RULES = Set.of("OFS-RI", "R44-UNSAFE", "QA-OUTCOME");

	static VisitPrompts parse(String text) {
		return VisitPrompts.parse(text, "reports/briefing-prompts.yml", RULES);
	}

	@Test
	void givesEachCodeItsLinesInTheFilesOrder() {
		VisitPrompts prompts = parse("""
				prompts:
				  R44-UNSAFE:
				    - See what was done.
				    - Speak to the children.
				  QA-OUTCOME: Follow up each action.
				""");
		assertThat(prompts.lines("R44-UNSAFE")).containsExactly("See what was done.", "Speak to the children.");
		assertThat(prompts.lines("QA-OUTCOME")).containsExactly("Follow up each action.");
	}

	@Test
	void aCodeWithoutLinesSimplyHasNone() {
		VisitPrompts prompts = parse("""
				prompts:
				  OFS-RI:
				""");
		assertThat(prompts.lines("OFS-RI")).isEmpty();
		assertThat(prompts.lines("R44-UNSAFE")).isEmpty();
	}

	@Test
	void theShippedFileNamesOnlyCodesOfTheShippedRules() throws Exception {
		Set<String> rules = RuleBase.compile(Path.of("rules")).ruleNames();
		VisitPrompts prompts = VisitPrompts.load(ReportsFolder.defaults(), rules);
		assertThat(prompts.lines("OFS-INADEQUATE")).isNotEmpty();
		assertThat(rules).contains("OFS-INADEQUATE", "MIS-RHI");
	}

	@Test
	void theCopyInTheJarIsTheSameAsTheReportsFolderAndIsReadWhenTheFolderHasNone() throws Exception {
		try (java.io.InputStream bundled = ReportsFolder.class.getResourceAsStream("/reports/" + VisitPrompts.FILE)) {
			assertThat(bundled).isNotNull();
			assertThat(bundled.readAllBytes()).as("reports/%s and its copy in src/main/resources differ", VisitPrompts.FILE)
				.isEqualTo(java.nio.file.Files.readAllBytes(Path.of("reports", VisitPrompts.FILE)));
		}
		VisitPrompts fromJar = VisitPrompts.load(new ReportsFolder(Path.of("no-such-folder")), Set.of("OFS-INADEQUATE",
				"OFS-RI", "OFS-NONE", "OFS-STALE", "OFS-DECLINED", "OFS-ENFORCEMENT", "HIS-INADEQUATE", "HIS-CONCERNS",
				"R44-MISSING", "R44-UNSAFE", "R44-WELLBEING", "R44-ACTIONS", "R45-OVERDUE", "MIS-RATE", "MIS-REPEAT",
				"MIS-RHI", "SDQ-COMPLEX", "SDQ-RISING", "QA-OUTCOME", "QA-NEVER", "VIA-AMBER", "VIA-RED"));
		assertThat(fromJar.lines("QA-OUTCOME")).containsExactly("Follow up each action from the last QA visit.");
	}

	@Nested
	class Refuses {

		@Test
		void aCodeThatIsNoRuleNamingFileAndLine() {
			assertThatThrownBy(() -> parse("""
					prompts:
					  OFS-RI: Check progress.
					  R44-UNSAF: A typo.
					""")).isInstanceOf(YamlException.class)
				.hasMessageStartingWith("reports/briefing-prompts.yml:3: 'R44-UNSAF' is no rule's code");
		}

		@Test
		void anUnknownKeyNamingFileAndLine() {
			assertThatThrownBy(() -> parse("""
					prompt:
					  OFS-RI: Check progress.
					""")).isInstanceOf(YamlException.class)
				.hasMessageStartingWith("reports/briefing-prompts.yml:1: unknown key 'prompt'");
		}

		@Test
		void aCodeGivenTwice() {
			assertThatThrownBy(() -> parse("""
					prompts:
					  OFS-RI: Check progress.
					  OFS-RI: Again.
					""")).isInstanceOf(YamlException.class).hasMessageContaining(":3: OFS-RI is given twice");
		}

		@Test
		void aLineThatIsNotText() {
			assertThatThrownBy(() -> parse("""
					prompts:
					  OFS-RI:
					    - {what: this}
					""")).isInstanceOf(YamlException.class).hasMessageContaining(":3: OFS-RI: each line must be a piece of text");
		}
	}
}
