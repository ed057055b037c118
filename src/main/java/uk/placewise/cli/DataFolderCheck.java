package uk.placewise.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import uk.placewise.store.StoreRefusedException;

/**
 * Before a command starts Spring (whose log file and store live in the data folder): the data folder
 * exists as a folder this user can write, or can be made. Otherwise one line naming the folder, not
 * the logging system's stack traces on stderr: a read-only install with the default {@code data/}
 * inside it is the usual cause.
 */
final class DataFolderCheck {

	private DataFolderCheck() {
	}

	static void check(CommandLine line) {
		Path dir = LeanEnvironment.of(line.springArgs()).dataDir();
		Path existing = dir;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		boolean usable = existing != null && Files.isDirectory(existing) && Files.isWritable(existing)
				&& (existing.equals(dir) || Files.isExecutable(existing));
		if (!usable) {
			throw new StoreRefusedException("the data folder " + dir + (Files.exists(dir) ? " cannot be written" : " cannot be made")
					+ " by this user (" + System.getProperty("user.name") + "): set placewise.data-dir (in "
					+ "/etc/placewise/application.yml) to a folder it can write, outside the install; nothing was changed");
		}
	}
}
