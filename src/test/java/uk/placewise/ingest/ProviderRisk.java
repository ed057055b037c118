package uk.placewise.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads a night's provider-risk.csv back: the reason codes each setting was scored with. */
final class ProviderRisk {

	private ProviderRisk() {
	}

	/** provider-risk.csv: each setting's OFS-* reason codes. */
	static Map<String, Set<String>> ofstedReasons(Path out) throws IOException {
		return reasons(out, "OFS-");
	}

	/** provider-risk.csv: each setting's reason codes that start with {@code prefix}. */
	static Map<String, Set<String>> reasons(Path out, String prefix) throws IOException {
		Map<String, Set<String>> reasons = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(out.resolve("provider-risk.csv"));
		for (String line : lines.subList(1, lines.size())) {
			List<String> cells = Arrays.asList(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
			Set<String> codes = Arrays.stream(cells.get(cells.size() - 1).split(";"))
				.map(r -> r.split(":")[0])
				.filter(r -> r.startsWith(prefix))
				.collect(Collectors.toCollection(TreeSet::new));
			reasons.put(cells.get(0), codes);
		}
		return reasons;
	}
}
