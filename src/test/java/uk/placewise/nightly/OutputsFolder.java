package uk.placewise.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a person finds in --out, in a form two runs can be compared by: every file a reader would open
 * (anything not hidden) by its path, as its SHA-256, except run-summary.json, which is kept as text
 * without what differs between any two runs of the same night (the run id, the store, and timings).
 */
final class OutputsFolder {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OutputsFolder() {
	}

	/** The visible files of {@code out} (hidden staging folders left aside), exactly. */
	static Map<String, String> exact(Path out) throws IOException {
		Map<String, String> files = new TreeMap<>();
		for (Path file : visibleFiles(out)) {
			files.put(out.relativize(file).toString(), sha256(Files.readAllBytes(file)));
		}
		return files;
	}

	/** As {@link #exact}, with run-summary.json stripped of run id and timings. */
	static Map<String, String> comparable(Path out) throws IOException {
		Map<String, String> files = exact(out);
		Path summary = out.resolve("run-summary.json");
		if (Files.exists(summary)) {
			ObjectNode json = (ObjectNode) JSON.readTree(summary.toFile());
			// store_id: on PostgreSQL the reference and the crashed night are two stores
			json.remove(List.of("run_id", "store_id", "timings_ms"));
			for (JsonNode input : json.get("inputs")) {
				((ObjectNode) input).remove("millis");
			}
			files.put("run-summary.json", json.toPrettyString());
		}
		return files;
	}

	/** Hidden entries directly in --out: staging folders a run left behind. */
	/** Hidden entries a run left in --out (staging folders), beside the store marker every run keeps there. */
	static List<String> hidden(Path out) throws IOException {
		try (Stream<Path> entries = Files.list(out)) {
			return entries.map(p -> p.getFileName().toString())
				.filter(n -> n.startsWith(".") && !n.equals(".placewise-store"))
				.sorted()
				.toList();
		}
	}

	private static List<Path> visibleFiles(Path out) throws IOException {
		try (Stream<Path> all = Files.walk(out)) {
			return all.filter(Files::isRegularFile)
				.filter(p -> !out.relativize(p).getName(0).toString().startsWith("."))
				.sorted()
				.toList();
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
