package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placewise.assess.Night.shippedRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;

/** Entries named like rule files that the engine cannot compile are listed with why, never passed over. */
class UncompiledEntriesTests {

	@TempDir
	Path temp;

	@Test
	void aRuleFileLinkingToNothingIsListed() throws IOException {
		RulesCopy folder = RulesCopy.of(temp);
		Files.createSymbolicLink(folder.path().resolve("local.drl"), folder.path().resolve("gone.drl"));
		assertThat(folder.compile().ruleNames()).isEqualTo(shippedRules().ruleNames());
		assertThat(UncompiledFiles.warnings(folder.path()))
			.containsExactly("rules/local.drl is not compiled: a link to nothing");
	}

	@Test
	void aRuleFileLinkingToAFolderIsListed() throws IOException {
		RulesCopy folder = RulesCopy.of(temp);
		Files.createDirectories(temp.resolve("elsewhere"));
		Files.createSymbolicLink(folder.path().resolve("more.drl"), temp.resolve("elsewhere"));
		assertThat(UncompiledFiles.warnings(folder.path()))
			.containsExactly("rules/more.drl is not compiled: a link to a folder, not a file (a linked folder is not read)");
	}

	@Test
	void aFolderNamedAsARuleFileIsListed() throws IOException {
		RulesCopy folder = RulesCopy.of(temp);
		Files.createDirectories(folder.path().resolve("x.drl"));
		assertThat(UncompiledFiles.warnings(folder.path()))
			.containsExactly("rules/x.drl is not compiled: a folder, not a file");
	}

	@Test
	void aLinkToARuleFileInsideTheFolderIsCompiledSoNotListed() throws IOException {
		RulesCopy folder = RulesCopy.of(temp).write("local/extra.drl", "package uk.placewise.rules;\n");
		Files.createSymbolicLink(folder.path().resolve("extra.drl"), folder.path().resolve("local/extra.drl"));
		assertThat(folder.compile().files()).contains("extra.drl", "local/extra.drl");
		assertThat(UncompiledFiles.warnings(folder.path())).isEmpty();
	}
}
