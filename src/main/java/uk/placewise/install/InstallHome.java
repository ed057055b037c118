package uk.placewise.install;

import java.nio.file.Path;
import java.util.Map;

/**
 * The install's own folder ({@code rules/}, {@code jobs/}, {@code reports/}, {@code config/}, the
 * default {@code data/}), named by the launcher as the {@code placewise.home} system property. The
 * defaults of placewise.rules, jobs, reports and data-dir are made from it (application.yml), so an
 * install works from any folder; every path an operator types is taken from the folder they typed it
 * in. Without the property (a test, or {@code java -jar} by hand) the home is the working folder.
 */
public final class InstallHome {

	public static final String PROPERTY = "placewise.home";

	/** The server's configuration, read after the install's own config/ so it wins. */
	public static final String SERVER_CONFIG = "/etc/placewise/";

	private InstallHome() {
	}

	/** The install home, absolute; the working folder when the launcher did not name one. */
	public static Path home() {
		String home = System.getProperty(PROPERTY);
		return Path.of(home == null || home.isBlank() ? "" : home).toAbsolutePath().normalize();
	}

	/** One of the install's folders: the home's when the launcher named it, else relative as given. */
	public static Path folder(String name) {
		String home = System.getProperty(PROPERTY);
		return home == null || home.isBlank() ? Path.of(name) : Path.of(home).resolve(name);
	}

	/**
	 * Spring Boot's defaults for every command: configuration is also read from the install's
	 * {@code config/application.yml} and then from {@code /etc/placewise/application.yml}, when they
	 * exist. {@code --spring.config.additional-location} on the command line replaces both.
	 */
	public static Map<String, Object> springDefaults() {
		return springDefaults(SERVER_CONFIG);
	}

	static Map<String, Object> springDefaults(String serverConfig) {
		String own = folder("config").toAbsolutePath().normalize() + "/";
		return Map.of("spring.config.additional-location", "optional:file:" + own + ",optional:file:" + serverConfig);
	}
}
