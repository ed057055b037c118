package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;

/**
 * A process compiles a ruleset once, in whichever folder it is; any change to a file compiles it afresh.
 * Each test's rules are a ruleset of their own (a comment with a random text in a rule file), so that no
 * other test of the process has compiled them before.
 */
class CompiledRulesTests {

	/** A rule in two groups of one name: the engine warns that one overrides the other, and compiles it. */
	static final String WARNED = "package uk.placewise.rules;\n\nrule \"WARNED\" ruleflow-group \"g\" agenda-group \"g\"\n"
			+ "when\nthen\nend\n";

	@TempDir
	Path temp;

	static RulesCopy unique(Path parent) {
		return unique(parent, UUID.randomUUID().toString());
	}

	static RulesCopy unique(Path parent, String comment) {
		RulesCopy copy = RulesCopy.of(parent);
		return copy.write("ofsted.drl", copy.read("ofsted.drl") + "\n// " + comment + "\n");
	}

	static long compiled() {
		return RuleBase.compilations().compiled();
	}

	@Test
	void anUnchangedFolderIsCompiledOnceHoweverOftenItIsAskedFor() {
		RulesCopy copy = unique(temp);
		RuleBase.Compilations before = RuleBase.compilations();
		RuleBase first = copy.compile();
		RuleBase again = copy.compile();
		RuleBase.Compilations after = RuleBase.compilations();
		assertThat(after.compiled() - before.compiled()).isOne();
		assertThat(after.asked() - before.asked()).isEqualTo(2);
		assertThat(again.version()).isEqualTo(first.version());
	}

	@Test
	void aChangedFileIsCompiledAfresh() {
		RulesCopy copy = unique(temp);
		RuleBase first = copy.compile();
		long before = compiled();
		RuleBase changed = copy.replace("ofsted.drl", "\"OFS-RI\", 25", "\"OFS-RI\", 30").compile();
		assertThat(compiled() - before).isOne();
		assertThat(changed.version()).isNotEqualTo(first.version());
	}

	@Test
	void theSameRulesInAnotherFolderAreCompiledOnceAndNamedByTheirOwnFolder() throws Exception {
		String note = UUID.randomUUID().toString();
		RulesCopy here = unique(temp.resolve("a"), note).write("extra/warned.drl", WARNED);
		RulesCopy there = unique(temp.resolve("b"), note).write("extra/warned.drl", WARNED);
		Path renamed = Files.move(there.path(), there.path().resolveSibling("council-rules"));
		long before = compiled();
		RuleBase a = here.compile();
		RuleBase b = RuleBase.compile(renamed);
		assertThat(compiled() - before).isOne();
		assertThat(b.version()).isEqualTo(a.version());
		assertThat(b.folder()).isNotEqualTo(a.folder());
		assertThat(a.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w).startsWith("rules/extra/warned.drl:"));
		assertThat(b.warnings()).hasSameSizeAs(a.warnings())
			.allSatisfy(w -> assertThat(w).startsWith("council-rules/extra/warned.drl:"));
	}

	@Test
	void aChangedScenarioOrNoteIsANewVersionButNotCompiledAgain() {
		RulesCopy copy = unique(temp);
		RuleBase first = copy.compile();
		long before = compiled();
		RuleBase changed = copy.write("tests/another.yml", "description: not compiled\n")
			.write("NOTES.md", "a note")
			.compile();
		assertThat(compiled()).isEqualTo(before);
		assertThat(changed.version()).isNotEqualTo(first.version());
	}
}
