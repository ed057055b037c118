package uk.placewise.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Can a store be read as it is by this version of Placewise, without running Flyway? For a command
 * that only reads (explain): its schema history is compared with this build's migrations (the SQL
 * files in {@code spring.flyway.locations} and the Java ones of {@link StoreSchema}), as Flyway would,
 * but without Flyway's start-up or its right to change the store. A store that needs a migration is
 * never migrated by a read: it is refused ({@link #refuse}).
 */
public final class StoreSchemaCheck {

	/** What the store's schema history says. */
	public enum State {

		/** every migration of this build is applied, and nothing else: read it as it is */
		CURRENT,

		/** the store is an older version's: migrations of this build are not applied yet */
		OLDER,

		/**
		 * anything else (no schema history, a failed or unknown migration, a location this check cannot
		 * list): for Flyway to judge, with its own words
		 */
		OTHER
	}

	public record Verdict(State state, List<String> pending) {
	}

	private StoreSchemaCheck() {
	}

	public static Verdict of(Connection connection, String[] locations) {
		Set<MigrationVersion> mine = new TreeSet<>();
		for (String location : locations) {
			if (!addVersions(location, mine)) {
				return new Verdict(State.OTHER, List.of());
			}
		}
		StoreSchema.javaMigrationVersions().forEach(mine::add);
		Set<MigrationVersion> applied = new TreeSet<>();
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\" "
						+ "where \"version\" is not null")) {
			while (rs.next()) {
				if (!rs.getBoolean(2)) {
					return new Verdict(State.OTHER, List.of());
				}
				applied.add(MigrationVersion.fromVersion(rs.getString(1)));
			}
		}
		catch (SQLException ex) {
			// no schema history: not a Placewise store, or an empty database
			return new Verdict(State.OTHER, List.of());
		}
		if (applied.isEmpty() || !mine.containsAll(applied)) {
			return new Verdict(State.OTHER, List.of());
		}
		MigrationVersion latest = ((TreeSet<MigrationVersion>) applied).last();
		List<String> pending = new ArrayList<>();
		for (MigrationVersion v : mine) {
			if (!applied.contains(v)) {
				if (v.compareTo(latest) < 0) {
					// below what is applied: Flyway refuses it (out of order), in its own words
					return new Verdict(State.OTHER, List.of());
				}
				pending.add(v.getVersion());
			}
		}
		return new Verdict(pending.isEmpty() ? State.CURRENT : State.OLDER, List.copyOf(pending));
	}

	/** The refusal of a store that an older version of Placewise made, naming what it lacks. */
	public static StoreRefusedException refuse(String store, Verdict verdict) {
		return new StoreRefusedException("the store " + store + " was made by an older version of Placewise and needs "
				+ "migrating (schema " + String.join(", ", verdict.pending()) + " not applied yet); a command that only "
				+ "reads does not change it, so nothing was changed. Run 'placewise nightly' once to migrate it "
				+ "(placewise backup --to FILE first keeps a copy)");
	}

	/** False for a location this check cannot list (Flyway then decides). */
	private static boolean addVersions(String location, Set<MigrationVersion> into) {
		String pattern;
		if (location.startsWith("classpath:")) {
			pattern = "classpath*:" + trimSlashes(location.substring("classpath:".length())) + "/**/V*__*.sql";
		}
		else if (location.startsWith("filesystem:")) {
			pattern = "file:" + location.substring("filesystem:".length()) + "/**/V*__*.sql";
		}
		else if (!location.contains(":")) {
			pattern = "classpath*:" + trimSlashes(location) + "/**/V*__*.sql";
		}
		else {
			return false;
		}
		try {
			for (Resource r : new PathMatchingResourcePatternResolver(StoreSchemaCheck.class.getClassLoader())
				.getResources(pattern)) {
				String name = r.getFilename();
				if (name != null && name.startsWith("V") && name.contains("__")) {
					into.add(MigrationVersion.fromVersion(name.substring(1, name.indexOf("__")).replace('_', '.')));
				}
			}
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the store's migrations in " + location, ex);
		}
	}

	private static String trimSlashes(String path) {
		String p = path;
		while (p.startsWith("/")) {
			p = p.substring(1);
		}
		while (p.endsWith("/")) {
			p = p.substring(0, p.length() - 1);
		}
		return p;
	}
}
