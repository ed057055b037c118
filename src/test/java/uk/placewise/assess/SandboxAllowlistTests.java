package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** What rule code may name: the fact model whole, and nothing that reaches outside. */
class SandboxAllowlistTests {

	@Test
	void everyFactClassIsOnTheList() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target/classes/uk/placewise/facts"))) {
			List<String> facts = files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".class") && !n.contains("$") && !n.startsWith("package-info"))
				.map(n -> "uk.placewise.facts." + n.substring(0, n.length() - ".class".length()))
				.toList();
			assertThat(facts).isNotEmpty().allSatisfy(f -> assertThat(SandboxAllowlist.allowedClass(f)).as(f).isTrue());
		}
	}

	@Test
	void membersThatReachClassesOrTheSystemAreNotOnTheList() {
		assertThat(List.of("getClass", "class", "getDeclaringClass", "getInteger", "getLong", "getBoolean", "wait",
				"notify", "now", "forName", "getClassLoader", "exit", "getenv", "exec", "getRuntime", "stream",
				"parallelStream", "chars", "getChronology", "getRules", "spliterator", "TYPE", "getLocale", "lines",
				"datesUntil"))
			.allSatisfy(m -> assertThat(SandboxAllowlist.allowedMember(m)).as(m).isFalse());
	}

	@Test
	void membersTheShippedRulesUseAreOnTheList() {
		assertThat(List.of("minusDays", "isAfter", "withDayOfMonth", "size", "intValue", "doubleValue", "round",
				"equals", "isChildrensHome", "worseThan", "latestJudgement", "WORKING_DAYS", "INADEQUATE", "urn",
				"childrenSafeguarded", "parse", "valueOf", "until", "plus", "minus", "replace", "hashCode", "between",
				"getOrDefault", "compareTo", "isBefore"))
			.allSatisfy(m -> assertThat(SandboxAllowlist.allowedMember(m)).as(m).isTrue());
	}
}
