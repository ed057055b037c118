package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code rules impact} may write: an allowlist (a new or empty folder, or one holding only an
 * earlier impact), so the impact files never land where a reader takes them for its own: the live rules
 * folder (they would be compiled as a decision table), the inbox (read as feeds) or a store's data folder.
 */
class RulesImpactTargetTests {

	@TempDir
	Path dir;

	Path target(Path out) {
		return RulesImpactCommand.target(CommandLine.parse(
				new String[] { "rules", "impact", "--rules", "draft", "--out", out.toString() }, Main.COMMANDS));
	}

	@Test
	void aNewFolderIsTaken() {
		assertThat(target(dir.resolve("impact"))).isEqualTo(dir.resolve("impact"));
	}

	@Test
	void aFolderHoldingOnlyAnEarlierImpactIsTaken() throws IOException {
		Path out = Files.createDirectories(dir.resolve("impact"));
		Files.writeString(out.resolve("rules-impact.csv"), "urn\n");
		Files.writeString(out.resolve("rules-impact.pdf"), "%PDF");
		assertThat(target(out)).isEqualTo(out);
	}

	@Test
	void theRulesFolderIsRefused() throws IOException {
		Path rules = Files.createDirectories(dir.resolve("rules"));
		Files.writeString(rules.resolve("bands.drl"), "package x;\n");
		assertThatThrownBy(() -> target(rules)).isInstanceOf(UsageException.class).hasMessageContaining("a rules folder");
	}

	@Test
	void aFolderInsideTheRulesFolderIsRefused() throws IOException {
		Path rules = Files.createDirectories(dir.resolve("rules"));
		Files.writeString(rules.resolve("bands.drl"), "package x;\n");
		assertThatThrownBy(() -> target(rules.resolve("impact"))).isInstanceOf(UsageException.class)
			.hasMessageContaining("is inside a rules folder");
	}

	@Test
	void aStoresDataFolderIsRefused() throws IOException {
		Path data = Files.createDirectories(dir.resolve("data"));
		Files.writeString(data.resolve("placewise.lock"), "");
		assertThatThrownBy(() -> target(data)).isInstanceOf(UsageException.class).hasMessageContaining("data folder");
	}

	@Test
	void aFolderHoldingOtherFilesSuchAsTheInboxIsRefused() throws IOException {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		Files.writeString(inbox.resolve("ssda903_episodes.csv"), "CHILD\n");
		assertThatThrownBy(() -> target(inbox)).isInstanceOf(UsageException.class)
			.hasMessageContaining("holds other files (ssda903_episodes.csv)");
	}
}
