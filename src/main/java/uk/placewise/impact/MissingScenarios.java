package uk.placewise.impact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The live rules' scenarios (by their path inside {@code tests/}) that a draft does not have: a draft that
 * keeps one vacuous scenario passes {@code rules check}, so what it dropped must be said to the QA board
 * (a council may retire a scenario, but not in silence).
 */
public final class MissingScenarios {

	/** How many missing scenarios a message names; the rest are counted. */
	static final int NAMED = 10;

	private MissingScenarios() {
	}

	/** The live scenarios the draft lacks, sorted; empty when it has them all (or either folder has none). */
	public static List<String> of(Path live, Path draft) {
		Set<String> missing = new TreeSet<>(names(live));
		missing.removeAll(names(draft));
		return List.copyOf(missing);
	}

	/** {@code the draft lacks 41 of the live rules' 42 scenarios in tests/ (a.yml, b.yml, ... and 31 more): ...}, or empty. */
	public static String sentence(Path live, Path draft) {
		List<String> missing = of(live, draft);
		if (missing.isEmpty()) {
			return "";
		}
		int all = names(live).size();
		String named = String.join(", ", missing.subList(0, Math.min(NAMED, missing.size())))
				+ (missing.size() > NAMED ? " and " + (missing.size() - NAMED) + " more" : "");
		return "the draft lacks " + missing.size() + " of the live rules' " + all
				+ (all == 1 ? " scenario" : " scenarios") + " in tests/ (" + named
				+ "): nothing checks what the draft decides there";
	}

	/** The scenario files under a folder's tests/, by path inside it, as rules check finds them. */
	static Set<String> names(Path folder) {
		Path tests = folder.resolve("tests");
		Set<String> names = new TreeSet<>();
		if (!Files.isDirectory(tests)) {
			return names;
		}
		try (Stream<Path> paths = Files.walk(tests)) {
			paths.filter(Files::isRegularFile).forEach(p -> {
				String relative = tests.relativize(p).toString().replace('\\', '/');
				String lower = relative.toLowerCase(Locale.ROOT);
				boolean hidden = Stream.of(relative.split("/")).anyMatch(s -> s.startsWith(".") || s.startsWith("~$"));
				if (!hidden && (lower.endsWith(".yml") || lower.endsWith(".yaml"))) {
					names.add(relative);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the scenarios in " + tests, ex);
		}
		return names;
	}
}
