package uk.placewise.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Schema changes to the embedded store that survive SIGKILL at any point: the store is never migrated
 * in place. H2 does not roll DDL back (each CREATE commits at once), so a process killed half-way
 * through a migration would leave a schema that every later start fails on ({@code Table ... already
 * exists}). Instead, when a migration is pending (or there is no store yet), the store file is copied
 * beside itself, the copy is migrated and closed, and the copy is renamed over the store in one atomic
 * rename. Killed before the rename, the store is as it was and the half-migrated copy is deleted at the
 * next start; killed after, the store is the migrated one. Nothing is asked of migration authors.
 *
 * <p>Runs before Spring opens the database, holding the run lock (two processes never copy at once).
 * PostgreSQL needs none of this: its DDL is transactional and Flyway runs each migration in a
 * transaction, so a killed migration rolls back whole.
 */
public final class SchemaUpgrade {

	static final String COPY = "-migrating";

	/** H2's error code for a damaged file (ErrorCode.FILE_CORRUPTED_1). */
	static final int FILE_CORRUPTED = 90030;

	private SchemaUpgrade() {
	}

	/**
	 * Makes {@code store} current: checks it is not damaged, then, when a migration is pending or it
	 * does not exist, migrates a copy and swaps it in. Returns true when the store was made or migrated.
	 */
	public static boolean prepare(H2StoreFile store, String user, String password, String[] locations,
			Consumer<String> pause) {
		H2StoreFile copy = store.sibling(COPY);
		try {
			// a copy can only be left by a process killed before its rename: it never was the store
			deleteFiles(copy);
			store.checkNotDamaged();
			if (store.exists() && pending(store, user, password, locations) == 0) {
				return false;
			}
			if (store.exists()) {
				Files.copy(store.file(), copy.file(), StandardCopyOption.COPY_ATTRIBUTES);
			}
			StoreSchema.configure(flyway(copy, user, password, locations), pause).load().migrate();
			shutdown(copy, user, password);
			force(copy.file());
			Files.move(copy.file(), store.file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			force(store.file().getParent());
			deleteFiles(copy);
			return true;
		}
		catch (IOException ex) {
			deleteQuietly(copy);
			throw new UncheckedIOException("cannot migrate the store " + store.file() + " (the store is unchanged)", ex);
		}
		catch (RuntimeException ex) {
			// a failed migration (disk full, a bad migration): the copy is dropped, the store is as it was
			deleteQuietly(copy);
			throw ex;
		}
	}

	private static void deleteQuietly(H2StoreFile copy) {
		try {
			deleteFiles(copy);
		}
		catch (IOException ignored) {
			// deleted at the next start
		}
	}

	private static int pending(H2StoreFile store, String user, String password, String[] locations) {
		try {
			return StoreSchema.configure(flyway(store, user, password, locations), point -> {
			}).load().info().pending().length;
		}
		catch (RuntimeException ex) {
			for (Throwable t = ex; t != null; t = t.getCause()) {
				if (t instanceof SQLException sql && sql.getErrorCode() == FILE_CORRUPTED) {
					throw H2StoreFile.damaged(store.file(), "H2 cannot read it (" + firstLine(sql.getMessage()) + ")");
				}
			}
			throw ex;
		}
	}

	private static String firstLine(String s) {
		int nl = s == null ? -1 : s.indexOf('\n');
		return s == null ? "" : nl < 0 ? s : s.substring(0, nl);
	}

	private static FluentConfiguration flyway(H2StoreFile store, String user, String password, String[] locations) {
		return Flyway.configure().dataSource(store.url(), user, password).locations(locations);
	}

	private static void shutdown(H2StoreFile store, String user, String password) {
		try (Connection c = DriverManager.getConnection(store.url() + ";IFEXISTS=TRUE", user, password);
				Statement st = c.createStatement()) {
			st.execute("shutdown");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot close the migrated copy " + store.file(), ex);
		}
	}

	private static void force(Path path) throws IOException {
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			if (!Files.isDirectory(path)) {
				throw ex;
			}
			// some file systems cannot open a folder to sync it; the rename is still atomic there
		}
	}

	private static void deleteFiles(H2StoreFile store) throws IOException {
		Files.deleteIfExists(store.file());
		Files.deleteIfExists(store.base().resolveSibling(store.base().getFileName() + ".trace.db"));
	}
}
