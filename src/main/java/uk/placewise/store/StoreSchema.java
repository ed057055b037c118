package uk.placewise.store;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * What every Flyway that migrates the store adds to its configuration: Spring Boot's (through
 * {@link StoreSchemaConfiguration}) and the one that migrates a copy of the embedded store
 * ({@link SchemaUpgrade}). The Java migrations, and the test-only pause point {@code migrate-VERSION}: held
 * after the first statement of migration VERSION (e.g. {@code migrate-1.2}), so that the crash tests can
 * kill a process half-way through a migration.
 */
public final class StoreSchema {

	public static final String PAUSE_PREFIX = "migrate-";

	private StoreSchema() {
	}

	/** The versions of the Java migrations {@link #configure} adds (for {@link StoreSchemaCheck}). */
	static java.util.List<org.flywaydb.core.api.MigrationVersion> javaMigrationVersions() {
		return java.util.List.of(new StoreIdentityMigration().getVersion());
	}

	public static FluentConfiguration configure(FluentConfiguration configuration, Consumer<String> pause) {
		JavaMigration[] java = Stream
			.concat(Arrays.stream(configuration.getJavaMigrations()), Stream.of(new StoreIdentityMigration()))
			.toArray(JavaMigration[]::new);
		Callback[] callbacks = Stream
			.concat(Arrays.stream(configuration.getCallbacks()), Stream.of(new MigrationPause(pause)))
			.toArray(Callback[]::new);
		return configuration.javaMigrations(java).callbacks(callbacks);
	}

	/** Names each migration's first statement as a pause point. */
	private static final class MigrationPause implements Callback {

		private final Consumer<String> pause;

		private String version;

		MigrationPause(Consumer<String> pause) {
			this.pause = pause;
		}

		@Override
		public boolean supports(Event event, Context context) {
			return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE_STATEMENT;
		}

		@Override
		public boolean canHandleInTransaction(Event event, Context context) {
			return true;
		}

		@Override
		public void handle(Event event, Context context) {
			if (event == Event.BEFORE_EACH_MIGRATE) {
				this.version = context.getMigrationInfo() == null || context.getMigrationInfo().getVersion() == null
						? null : context.getMigrationInfo().getVersion().getVersion();
			}
			else if (this.version != null) {
				pause.accept(PAUSE_PREFIX + this.version);
			}
		}

		@Override
		public String getCallbackName() {
			return "placewise-migration-pause";
		}
	}
}
