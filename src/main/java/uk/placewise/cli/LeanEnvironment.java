package uk.placewise.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import uk.placewise.PlacewiseProperties;
import uk.placewise.install.InstallHome;

/**
 * The configuration a command would see, the way Spring Boot reads it (the jar's application.yml, the
 * install's config/, /etc/placewise/, profiles, environment variables, {@code --name=value}), without
 * starting an application: no datasource, no Flyway, no Spring Batch, no log file. For commands that
 * only read ({@code status}): quick, and nothing is made or migrated.
 *
 * @param dataDir the data folder, absolute (the store's URL is made from it)
 */
record LeanEnvironment(ConfigurableEnvironment environment, PlacewiseProperties settings, Path dataDir) {

	static LeanEnvironment of(List<String> springArgs) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource("commandLineArgs", springArgs.toArray(String[]::new)));
		DefaultPropertiesPropertySource.addOrMerge(InstallHome.springDefaults(), env.getPropertySources());
		ConfigDataEnvironmentPostProcessor.applyTo(env);
		DefaultPropertiesPropertySource.moveToEnd(env);
		ConfigurationPropertySources.attach(env);
		PlacewiseProperties settings;
		try {
			settings = PlacewiseProperties.check(env);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage());
		}
		if (settings.dataFolder() == null) {
			throw new UsageException("placewise.data-dir must name the data folder");
		}
		Path dataDir = settings.dataFolder().toAbsolutePath().normalize();
		// as Main does for every command: the store's URL is made from the absolute folder
		env.getPropertySources()
			.addFirst(new MapPropertySource("placewise-data-dir", Map.of("placewise.data-dir", dataDir.toString())));
		return new LeanEnvironment(env, settings, dataDir);
	}

	/**
	 * No application configures logging here, so the libraries' chatter would go to the terminal: off
	 * until closed, then as it was (a test runs commands one after another in one process).
	 */
	static AutoCloseable quietLogging() {
		LoggingSystem system = LoggingSystem.get(LeanEnvironment.class.getClassLoader());
		LoggerConfiguration root = system.getLoggerConfiguration(LoggingSystem.ROOT_LOGGER_NAME);
		LogLevel before = root == null ? null : root.getConfiguredLevel();
		system.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.OFF);
		// the root logger always has a level (logback refuses null for it)
		return () -> system.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, before == null ? LogLevel.INFO : before);
	}

	String property(String key) {
		return environment.getProperty(key);
	}
}
