package uk.placewise.cli;

import java.util.List;
import java.util.Locale;
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

	/** H2's INIT option in a URL: SQL (RUNSCRIPT FROM a URL, CREATE ALIAS) run when the database opens. */
	private static final Pattern H2_INIT = Pattern.compile("(?i)^jdbc:h2:.*;\\s*INIT\\s*=");

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
		if (c.equals(canonical("spring.datasource.url")) && H2_INIT.matcher(value).find()) {
			throw new UsageException("--" + name + " cannot carry H2's INIT (it runs SQL, and so code, from any "
					+ "source when the store opens): give the store's URL alone");
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
}
