package uk.placewise.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.env.Environment;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.placewise.store.H2StoreFile;
import uk.placewise.store.StoreRefusedException;

/**
 * {@code nightly} where there is no embedded store yet but --out was written by one: refused before a
 * store is made, so "nothing was changed" is true (no new empty store left behind in the data folder).
 * The store was lost, or this install looks in the wrong data folder (an upgrade that left the default
 * {@code data/} with the old release). {@code --new-store} says a new store is meant. The same refusal
 * as nightly/StoreContinuity gives a store that exists but did not write --out.
 */
final class NewStoreGuard {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private NewStoreGuard() {
	}

	static void check(Environment env, CommandLine line) {
		String out = line.options().get("out");
		if (!line.command().equals("nightly") || line.flag(CommandLine.NEW_STORE) || out == null) {
			return;
		}
		H2StoreFile store = H2StoreFile.of(env.getProperty("spring.datasource.url")).orElse(null);
		if (store == null || store.exists()) {
			return;
		}
		Path folder = Path.of(out).toAbsolutePath().normalize();
		String written = writtenBy(folder);
		if (written == null) {
			return;
		}
		throw new StoreRefusedException(folder + written + ", but this store is not there: there is no store at "
				+ store.file() + " (a new one, with 0 runs, would be made); nothing was changed (no store was made). Is "
				+ "placewise.data-dir set (in /etc/placewise/application.yml) to the data folder that store is in? "
				+ "Restore the store from its backup (placewise backup --to FILE makes one), or, to start a new store "
				+ "deliberately, run again with --new-store (its outputs then replace those in " + folder + ")");
	}

	/** What --out says of the store that wrote it, as " holds run N ... of store X"; null when nothing. */
	private static String writtenBy(Path folder) {
		Path summary = folder.resolve("run-summary.json");
		Path marker = folder.resolve(StatusOut.MARKER);
		try {
			if (Files.isRegularFile(summary)) {
				JsonNode json = JSON.readTree(summary.toFile());
				String theirs = json.path("store_id").asString(null);
				return " holds run " + json.path("run_id").asString("?") + " as of " + json.path("as_of").asString("?")
						+ " of " + (theirs == null ? "a store" : "store " + theirs);
			}
			String theirs = Files.isRegularFile(marker) ? Files.readString(marker).strip() : "";
			return theirs.isEmpty() ? null : " was last written by store " + theirs + " (its publishing did not finish)";
		}
		catch (JacksonException | IOException ex) {
			return " holds a run-summary.json that cannot be read (so this run cannot tell which store wrote it)";
		}
	}
}
