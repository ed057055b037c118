package uk.placewise.cli;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which settings a command line may give (an allowlist, never a blocklist), and the value each may take.
 * Placewise's own ({@code placewise.*}); of Spring Boot's only the store's connection
 * ({@code spring.datasource.url}, {@code .username}, {@code .password}), {@code spring.profiles.active},
 * {@code spring.flyway.locations} (an upgrade rehearsed with a release's migrations), and
 * {@code spring.config.location} / {@code spring.config.additional-location} naming files on this
 * machine only (a path, {@code file:PATH} or {@code optional:file:PATH}: never {@code http:},
 * {@code https:}, {@code classpath:}, {@code configtree:} or any other source); of logging,
 * {@code logging.level.*}, {@code logging.file.name} and {@code logging.file.path}. Everything else
 * ({@code spring.config.import}, {@code spring.main.sources}, {@code logging.config}, ...) is a usage
 * error: it would let a command line load configuration or code from elsewhere. An H2 URL may not carry
 * {@code INIT=} (SQL, and through CREATE ALIAS Java, run as the store opens). Names are compared as
 * Spring Boot binds them (case, dashes and underscores ignored), so no spelling slips past.
 */
final class CommandLineSettings {

	private static final List<String> EXACT = List.of("spring.datasource.url", "spring.datasource.username",
			"spring.datasource.password", "spring.profiles.active", "spring.flyway.locations", "spring.config.location",
			"spring.config.additional-location", "logging.file.name", "logging.file.path");

	private static final List<String> PREFIXES = List.of("placewise.", "logging.level.");

	private static final List<String> FILE_LOCATIONS = List.of("spring.config.location", "spring.config.additional-location");

	/** A value that starts with a URL scheme ({@code http:}, {@code classpath:}, ...). */
	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

	/**
	 * The store URLs a command line may give (an allowlist): an H2 file with the options Placewise itself
	 * uses, or a PostgreSQL server with connection options that load no class and run nothing. Anything else
	 * (H2's INIT, which runs SQL and through CREATE ALIAS Java; PostgreSQL's socketFactory, sslfactory,
	 * loggerFile, ...) belongs in the operator's application.yml or environment, not on a command line.
	 */
	private static final Pattern H2_URL = Pattern.compile("(?i)^jdbc:h2:file:[^;]+((;(DB_CLOSE_ON_EXIT|WRITE_DELAY|CACHE_SIZE|LOCK_TIMEOUT)=[A-Za-z0-9]+)*)$");

	private static final Pattern POSTGRES_URL = Pattern.compile("^jdbc:postgresql://[A-Za-z0-9.\\[\\]:,-]+/[A-Za-z0-9_.-]+(\\?.*)?$");

	private static final Set<String> POSTGRES_OPTIONS = Set.of("currentschema", "ssl", "sslmode", "sslrootcert", "sslcert",
			"sslkey", "applicationname", "connecttimeout", "sockettimeout", "logintimeout", "tcpkeepalive",
			"targetservertype");

	private CommandLineSettings() {
	}

	/** Spring Boot's relaxed form of a property name: lower case, without dashes and underscores. */
	static String canonical(String name) {
		return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
	}

	static boolean allowed(String name) {
		String c = canonical(name);
		return EXACT.stream().anyMatch(e -> canonical(e).equals(c))
				|| PREFIXES.stream().anyMatch(p -> c.startsWith(canonical(p)) && c.length() > canonical(p).length());
	}

	/** Refuses a setting off the allowlist, or a config location that is not a file on this machine. */
	static void check(String name, String value) {
		if (!allowed(name)) {
			throw new UsageException("--" + name + " cannot be set on the command line (the settings it takes: placewise.*, "
					+ String.join(", ", EXACT) + ", logging.level.*; anything else goes in application.yml)");
		}
		String c = canonical(name);
		if (c.equals(canonical("spring.datasource.url")) && !storeUrl(value)) {
			throw new UsageException("--" + name + " takes an H2 file (jdbc:h2:file:PATH, with DB_CLOSE_ON_EXIT, WRITE_DELAY, "
					+ "CACHE_SIZE or LOCK_TIMEOUT) or a PostgreSQL server (jdbc:postgresql://HOST[:PORT]/DB, with "
					+ String.join(", ", new java.util.TreeSet<>(POSTGRES_OPTIONS)) + "); anything else goes in application.yml");
		}
		if (FILE_LOCATIONS.stream().anyMatch(f -> canonical(f).equals(c))) {
			for (String location : value.split(",")) {
				String path = location.strip();
				path = path.startsWith("optional:") ? path.substring("optional:".length()) : path;
				path = path.startsWith("file:") ? path.substring("file:".length()) : path;
				if (path.isEmpty() || SCHEME.matcher(path).find()) {
					throw new UsageException("--" + name + " takes files on this machine only (PATH, file:PATH or "
							+ "optional:file:PATH), not '" + location.strip() + "'");
				}
			}
		}
	}

	/** Whether a store URL is one a command line may give (see {@link #H2_URL}). */
	static boolean storeUrl(String url) {
		if (H2_URL.matcher(url).matches()) {
			return true;
		}
		if (!POSTGRES_URL.matcher(url).matches()) {
			return false;
		}
		int query = url.indexOf('?');
		if (query < 0) {
			return true;
		}
		for (String option : url.substring(query + 1).split("&")) {
			int eq = option.indexOf('=');
			String key = (eq < 0 ? option : option.substring(0, eq)).toLowerCase(Locale.ROOT);
			if (!POSTGRES_OPTIONS.contains(key)) {
				return false;
			}
		}
		return true;
	}
}
