package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.placewise.RulesCopy;

/** The check before compiling: every escape in the corpus is refused, by file and line, and leaves no trace. */
class RuleSandboxTests {

	@TempDir
	static Path temp;

	static List<Escapes.Escape> escapes() {
		return Escapes.all(temp.resolve("marker"));
	}

	@Test
	void theShippedRulesPassTheCheck() {
		assertThat(RuleBase.compile(Path.of("rules")).files()).contains("visit-frequency.xlsx");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("escapes")
	void everyEscapeIsRefusedWithItsFileAndLineAndRunsNothing(Escapes.Escape escape, @TempDir Path parent) {
		RulesCopy copy = RulesCopy.of(parent);
		escape.dropInto(copy.path());
		List<String> refusals = RuleBaseTests.refusalsOf(copy);
		assertThat(refusals).anySatisfy(r -> assertThat(r).startsWith("rules/" + escape.line() + ": "));
		assertThat(temp.resolve("marker")).doesNotExist();
	}
}
