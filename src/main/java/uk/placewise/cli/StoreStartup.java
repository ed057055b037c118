package uk.placewise.cli;

import java.nio.file.Path;

import org.springframework.core.env.ConfigurableEnvironment;

import uk.placewise.run.RunLock;
import uk.placewise.run.StepPauses;
import uk.placewise.store.H2StoreFile;
import uk.placewise.store.SchemaUpgrade;
import uk.placewise.store.StoreRefusedException;

/**
 * What happens to the embedded store before Spring opens it: a damaged store file is refused, and a
 * pending migration (or a new store's schema) is made on a copy swapped in whole (store/SchemaUpgrade).
 * It copies the store file, so it holds the run lock while it works: a command that does not hold it
 * for its whole run takes it for this moment. PostgreSQL is left to Spring Boot's Flyway.
 */
final class StoreStartup {

	private StoreStartup() {
	}

	/**
	 * {@link #prepare}, then the store opened and held open by this process for the command (null for
	 * PostgreSQL); both wait while a reader such as {@code placewise status} has the file (StoreInUse).
	 */
	static java.sql.Connection prepareAndHold(ConfigurableEnvironment env, Path dataDir, String holder, RunLock lock,
			boolean migrate) {
		H2StoreFile store = H2StoreFile.of(env.getProperty("spring.datasource.url")).orElse(null);
		if (store == null) {
			prepare(env, dataDir, holder, lock, migrate);
			return null;
		}
		StoreInUse wait = new StoreInUse(StoreInUse.DEFAULT_WAIT,
				() -> lock == null && uk.placewise.run.LockHolder.of(dataDir).held());
		try {
			wait.retry(store, () -> {
				prepare(env, dataDir, holder, lock, migrate);
				return null;
			});
			return wait.hold(store, env.getProperty("spring.datasource.username", ""),
					env.getProperty("spring.datasource.password", ""));
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
	}

	/**
	 * @param migrate false for a command that must see the store as it is (backup): checked, not migrated
	 * @param lock the run lock when the command holds it, or null
	 */
	static void prepare(ConfigurableEnvironment env, Path dataDir, String holder, RunLock lock, boolean migrate) {
		H2StoreFile store = H2StoreFile.of(env.getProperty("spring.datasource.url")).orElse(null);
		if (store == null) {
			return;
		}
		if (!migrate && !store.exists()) {
			throw new StoreRefusedException("there is no store at " + store.file() + " (nothing was made)");
		}
		if (!migrate || !env.getProperty("spring.flyway.enabled", Boolean.class, true)) {
			store.checkNotDamaged();
			return;
		}
		String[] locations = env.getProperty("spring.flyway.locations", String[].class,
				new String[] { "classpath:db/migration" });
		StepPauses pauses = StepPauses.configured(env.getProperty("placewise.test.pause-at", ""));
		String user = env.getProperty("spring.datasource.username", "");
		String password = env.getProperty("spring.datasource.password", "");
		if (lock != null) {
			SchemaUpgrade.prepare(store, user, password, locations, pauses::at);
			return;
		}
		try (RunLock held = RunLock.acquire(dataDir, holder)) {
			SchemaUpgrade.prepare(store, user, password, locations, pauses::at);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
