package uk.placewise.cli;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

import uk.placewise.install.InstallHome;

/**
 * The configuration a command would see in the Spring application, made without starting one (for
 * {@link LeanRead}): what {@code SpringApplication} does to the environment before any bean exists, in
 * its order. The command line first, then JVM system properties and environment variables, then
 * Spring Boot's own config data loader over the same files (the jar's application.yml, an
 * application.yml beside it or in config/, the install's config/ and /etc/placewise/, and
 * {@code application-PROFILE.yml} for {@code spring.profiles.active}), then the install's defaults. So
 * {@code PlacewiseProperties.check} binds and refuses exactly what it does in the full application. Not
 * made here: SPRING_APPLICATION_JSON and {@code random.*} values, which Placewise does not use.
 */
final class LeanEnvironment {

	private LeanEnvironment() {
	}

	static ConfigurableEnvironment of(String[] springArgs) {
		quietLogging();
		StandardEnvironment env = new StandardEnvironment();
		if (springArgs.length > 0) {
			env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArgs));
		}
		DefaultPropertiesPropertySource.addOrMerge(InstallHome.springDefaults(), env.getPropertySources());
		ConfigurationPropertySources.attach(env);
		ConfigDataEnvironmentPostProcessor.applyTo(env);
		DefaultPropertiesPropertySource.moveToEnd(env);
		return env;
	}

	/**
	 * Nobody configures logging without the application, and logback's default prints every library's
	 * debug lines on the console, where a command prints only its own lines (the full application sends
	 * nothing to the console either). A read writes nothing worth keeping in placewise.log.
	 */
	private static void quietLogging() {
		// logback's own default (its appender "console"), not a configuration Spring Boot made in this JVM
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
				&& context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("console") != null) {
			context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
		}
	}
}
