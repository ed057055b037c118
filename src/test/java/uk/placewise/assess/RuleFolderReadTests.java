package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static uk.placewise.assess.Night.shippedRules;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;

/**
 * What of the rules folder is opened: only what is compiled or read (rule files, facts.yml, scenarios),
 * each at most {@link RuleFolder#MAX_BYTES}; anything else is listed by name and never opened.
 */
class RuleFolderReadTests {

	@TempDir
	Path temp;

	/** A sparse file of that many bytes: it takes no disk, and reading it whole would take the memory. */
	static void sized(Path file, long bytes) throws IOException {
		Files.createDirectories(file.getParent());
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
			f.setLength(bytes);
		}
	}

	static String refusalOf(RulesCopy folder) {
		try {
			folder.compile();
		}
		catch (RulesCompileException ex) {
			return String.join("\n", ex.messages());
		}
		throw new AssertionError("the rules compiled");
	}

	@Test
	void aHugeFileThatIsNotCompiledIsNeverReadAndChangesNothing() throws IOException {
		RulesCopy folder = RulesCopy.of(temp);
		sized(folder.path().resolve("old-export.csv"), 3L * 1024 * 1024 * 1024);
		assertThat(folder.compile().version()).isEqualTo(shippedRules().version());
		assertThat(RuleBase.versionOf(folder.path())).isEqualTo(shippedRules().version());
		assertThat(UncompiledFiles.warnings(folder.path())).singleElement().asString()
			.startsWith("rules/old-export.csv is not compiled: ");
	}

	@Test
	void anUnreadableFileThatIsNotCompiledIsNeverOpened() throws IOException {
		RulesCopy folder = RulesCopy.of(temp).write("junk.csv", "a,b\n");
		Files.setPosixFilePermissions(folder.path().resolve("junk.csv"), PosixFilePermissions.fromString("---------"));
		assumeThat(Files.isReadable(folder.path().resolve("junk.csv"))).as("not run as root").isFalse();
		assertThat(folder.compile().version()).isEqualTo(shippedRules().version());
		assertThat(UncompiledFiles.warnings(folder.path())).singleElement().asString()
			.startsWith("rules/junk.csv is not compiled: ");
	}

	@Test
	void aNoteBesideTheRulesIsNotPartOfTheVersion() {
		RulesCopy folder = RulesCopy.of(temp).write("notes.md", "why we changed OFS-RI");
		assertThat(folder.compile().version()).isEqualTo(shippedRules().version());
	}

	@Test
	void aRuleFileOverTheLimitIsRefusedByNameAndSizeNotRead() throws IOException {
		RulesCopy folder = RulesCopy.of(temp);
		sized(folder.path().resolve("big.drl"), 3L * 1024 * 1024 * 1024);
		assertThat(refusalOf(folder))
			.isEqualTo("rules/big.drl:1: is 3.0 GB, more than the 5 MB a rules file may be; not read");
	}

	@Test
	void aScenarioOverTheLimitIsRefusedByNameAndSize() throws IOException {
		RulesCopy folder = RulesCopy.of(temp);
		sized(folder.path().resolve("tests/huge.yml"), RuleFolder.MAX_BYTES + 1);
		assertThat(refusalOf(folder))
			.isEqualTo("rules/tests/huge.yml:1: is 5.0 MB, more than the 5 MB a rules file may be; not read");
	}

	@Test
	void anUnreadableRuleFileIsRefusedByName() throws IOException {
		RulesCopy folder = RulesCopy.of(temp).write("local.drl", "package uk.placewise.rules;\n");
		Files.setPosixFilePermissions(folder.path().resolve("local.drl"), PosixFilePermissions.fromString("---------"));
		assumeThat(Files.isReadable(folder.path().resolve("local.drl"))).as("not run as root").isFalse();
		assertThat(refusalOf(folder)).isEqualTo("rules/local.drl:1: cannot be read (AccessDenied); check its permissions");
	}
}
