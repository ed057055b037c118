package uk.placewise.cli;

import uk.placewise.store.H2StoreFile;
import uk.placewise.store.StoreRefusedException;

/**
 * Before a command that only reads the store ({@code briefing}, {@code dashboard}, {@code panel},
 * {@code explain}, {@code rules impact}, {@code backup}; {@code status} says it itself) starts Spring:
 * an embedded store file that is not there is said at once, before the data folder, its run lock and its
 * log file are made, so the command that says "nothing was made" leaves nothing behind (a mistyped
 * placewise.data-dir is told, not given an empty store and an empty report). Only {@code nightly},
 * {@code demo} and {@code bench} make a store. A PostgreSQL
 * store is not checked here (its data folder holds only the lock and the log).
 */
final class ExistingStoreCheck {

	private ExistingStoreCheck() {
	}

	/**
	 * @param what what the store was wanted for, in the message ({@code to back up}), or empty
	 * @throws StoreRefusedException when the configured H2 store file does not exist
	 */
	static void check(CommandLine line, String what) {
		H2StoreFile store = H2StoreFile.of(LeanEnvironment.of(line.springArgs()).property("spring.datasource.url"))
			.orElse(null);
		if (store != null && !store.exists()) {
			throw new StoreRefusedException("there is no store at " + store.file() + (what.isEmpty() ? "" : " " + what)
					+ " (nothing was made or written)");
		}
	}
}
