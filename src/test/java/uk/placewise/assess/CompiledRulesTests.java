package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;

/** A process compiles an unchanged rules folder once; any change to a file compiles it afresh. */
class CompiledRulesTests {

	@TempDir
	Path temp;

	@Test
	void anUnchangedFolderIsNotCompiledAgain() {
		RulesCopy copy = RulesCopy.of(temp);
		RuleBase first = copy.compile();
		assertThat(copy.compile()).isSameAs(first);
	}

	@Test
	void aChangedFileIsCompiledAfresh() {
		RulesCopy copy = RulesCopy.of(temp);
		RuleBase first = copy.compile();
		RuleBase changed = copy.replace("ofsted.drl", "\"OFS-RI\", 25", "\"OFS-RI\", 30").compile();
		assertThat(changed).isNotSameAs(first);
		assertThat(changed.version()).isNotEqualTo(first.version());
	}

	@Test
	void theSameRulesInAnotherFolderAreTheirOwn() {
		RuleBase here = RulesCopy.of(temp.resolve("a")).compile();
		RuleBase there = RulesCopy.of(temp.resolve("b")).compile();
		assertThat(there.version()).isEqualTo(here.version());
		assertThat(there.folder()).isNotEqualTo(here.folder());
	}
}
