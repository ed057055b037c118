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
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			out.println("Out:        " + folder + " is a file, not a folder");
			return "--out " + folder + " is a file, not a folder: nightly cannot publish there; give the folder the "
					+ "outputs are in";
		}
		if (!Files.isDirectory(folder)) {
			out.println("Out:        " + folder + " does not exist (the first nightly makes it)");
			return null;
		}
		if (!Files.isRegularFile(summary)) {
			return unpublished(out, folder, storeId);
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
		if (theirs == null) {
			out.println("            (written before stores had an identity)");
			return null;
		}
		if (storeId == null) {
			out.println("            written by store " + theirs + "; this store has no identity yet");
			return folder + " was written by store " + theirs + ", but this store was made before stores had an "
					+ "identity, so it is not that store: nightly refuses it; restore the right store, or run nightly once "
					+ "with --new-store to replace what is in " + folder;
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

	/**
	 * No run-summary.json: no night has published there, or one was killed while publishing (it takes the
	 * old summary out first). The marker nightly writes before publishing says which store that was.
	 */
	private static String unpublished(PrintStream out, Path folder, String storeId) {
		Path marker = folder.resolve(MARKER);
		String theirs = null;
		try {
			theirs = Files.isRegularFile(marker) ? Files.readString(marker).strip() : null;
		}
		catch (java.io.IOException ex) {
			out.println("Out:        " + marker + " cannot be read: " + ex.getMessage());
			return marker + " cannot be read, so nightly cannot tell which store last wrote " + folder;
		}
		if (theirs == null || theirs.isEmpty()) {
			out.println("Out:        " + folder + " holds no run-summary.json (no night has published there)");
			return null;
		}
		out.println("Out:        " + folder + " holds no run-summary.json: a night of store " + theirs
				+ " was stopped while publishing");
		if (theirs.equals(storeId)) {
			out.println("            this store's: the next nightly publishes again");
			return null;
		}
		return folder + " was last written by store " + theirs + " (its publishing did not finish), but this store is "
				+ (storeId == null ? "one without an identity" : storeId) + ": nightly refuses it; restore the right store, or "
				+ "run nightly once with --new-store to replace what is in " + folder;
	}

	/**
	 * The store that wrote (or last started publishing into) --out, from its run-summary.json or marker;
	 * null when none can be told.
	 */
	static String writtenBy(Path dir) {
		Path folder = dir.toAbsolutePath().normalize();
		try {
			Path summary = folder.resolve("run-summary.json");
			if (Files.isRegularFile(summary)) {
				String id = JSON.readTree(summary.toFile()).path("store_id").asString(null);
				if (id != null && !id.isBlank()) {
					return id;
				}
			}
			Path marker = folder.resolve(MARKER);
			String id = Files.isRegularFile(marker) ? Files.readString(marker).strip() : "";
			return id.isEmpty() ? null : id;
		}
		catch (JacksonException | java.io.IOException ex) {
			return null;
		}
	}

	/** The file nightly writes into --out naming the store that last started publishing there (StoreContinuity). */
	static final String MARKER = ".placewise-store";

	private static String abbreviate(String hash) {
		return hash.length() > 12 ? hash.substring(0, 12) : hash;
	}
}
