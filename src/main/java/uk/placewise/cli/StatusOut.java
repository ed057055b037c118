package uk.placewise.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The --out part of {@code placewise status}: the run whose outputs are there, and which store wrote it. */
final class StatusOut {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StatusOut() {
	}

	/**
	 * Prints what --out holds; returns why the store cannot go on writing it (another store wrote it, so
	 * nightly would refuse), or null.
	 */
	static String print(PrintStream out, Path dir, String storeId) {
		Path folder = dir.toAbsolutePath().normalize();
		Path summary = folder.resolve("run-summary.json");
		if (!Files.isDirectory(folder)) {
			out.println("Out:        " + folder + " does not exist (the first nightly makes it)");
			return null;
		}
		if (!Files.isRegularFile(summary)) {
			out.println("Out:        " + folder + " holds no run-summary.json (no night has published there)");
			return null;
		}
		JsonNode json;
		try {
			json = JSON.readTree(summary.toFile());
		}
		catch (JacksonException ex) {
			out.println("Out:        " + summary + " cannot be read: " + ex.getOriginalMessage());
			return summary + " cannot be read, so nightly cannot tell whether this store wrote " + folder
					+ " and refuses it; move it aside, or run nightly with --new-store";
		}
		String theirs = json.path("store_id").asString(null);
		JsonNode verdict = json.path("verdict");
		out.println("Out:        " + folder + ": run " + json.path("run_id").asString("?") + " as of "
				+ json.path("as_of").asString("?") + ", " + verdict.path("result").asString("?") + " (exit "
				+ verdict.path("exit_code").asString("?") + "), " + json.path("totals").path("files").asString("?")
				+ " files, " + json.path("warnings").size() + " warnings, ruleset "
				+ abbreviate(json.path("ruleset_version").asString("?")));
		if (theirs == null || storeId == null) {
			out.println("            (written before stores had an identity)");
			return null;
		}
		if (!theirs.equals(storeId)) {
			out.println("            written by store " + theirs + ", not this one");
			return folder + " was written by store " + theirs + " but this store is " + storeId
					+ ": nightly refuses it (a lost, replaced or swapped store); restore the right store, or run nightly "
					+ "once with --new-store to replace what is in " + folder;
		}
		out.println("            written by this store");
		return null;
	}

	private static String abbreviate(String hash) {
		return hash.length() > 12 ? hash.substring(0, 12) : hash;
	}
}
