package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.placewise.TestJvm;

/**
 * The escape corpus is made of working exploits: each one got through the text filter Placewise had
 * before issue 14 ({@link LegacyTextFilter}), and compiled and fired by Drools it did what it set out
 * to do. The check that replaced the filter must refuse every one (RuleSandboxTests).
 */
class OldFilterEscapesTests {

	@TempDir
	static Path temp;

	static List<Escapes.Escape> escapes() {
		return Escapes.all(temp.resolve("marker"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("escapes")
	void gotThroughTheOldTextFilterAndRan(Escapes.Escape escape, @TempDir Path rules) throws Exception {
		Path marker = temp.resolve("marker");
		Files.deleteIfExists(marker);
		escape.dropInto(rules);
		RuleFile file = RuleFile.of("rules/" + escape.fileName(), escape.fileName(), escape.content());
		assertThat(LegacyTextFilter.check(file.name(), file.drl(), (IntUnaryOperator) file::sourceLine))
			.as("the old filter let it through")
			.isEmpty();

		switch (escape.effect()) {
			case WRITES_A_FILE -> {
				UncheckedRules.fire(rules);
				assertThat(marker).as("the escape wrote its marker").exists();
			}
			case READS_THE_ENVIRONMENT -> assertThat(UncheckedRules.fire(rules)).extracting(Reason::fact)
				.contains("env " + System.getenv("PATH"));
			case READS_A_FILE -> assertThat(UncheckedRules.fire(rules)).extracting(Reason::fact)
				.anySatisfy(f -> assertThat(f).startsWith("file root:"));
			case EXITS_THE_PROCESS -> assertThat(exitCodeOfAJvmFiring(rules)).as("exit code").isZero();
		}
	}

	/** Fires the folder in a JVM of its own (UncheckedRules exits 3 when the rules let it finish). */
	private static int exitCodeOfAJvmFiring(Path rules) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(TestJvm.command("-cp", System.getProperty("java.class.path"),
				UncheckedRules.class.getName(), rules.toString()))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the JVM firing the rules did not end");
		}
		return process.exitValue();
	}
}
