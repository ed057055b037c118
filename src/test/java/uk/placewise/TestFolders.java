package uk.placewise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh folder under target/it/ per test class, holding its H2 file database, inboxes and outputs,
 * so each whole-job test runs against a real database of its own.
 */
public final class TestFolders {

	private TestFolders() {
	}

	public static Path fresh(Class<?> test) {
		return fresh(test.getSimpleName());
	}

	/**
	 * This test JVM's name among those running at once: surefire's fork number, or the process id where
	 * that is not given (folders and stores named with it are never shared by two JVMs).
	 */
	public static String jvm() {
		String fork = System.getProperty("placewise.test.fork", "");
		return "jvm" + (fork.isBlank() || fork.contains("$") ? "p" + ProcessHandle.current().pid() : fork);
	}

	/** An empty folder target/it/NAME. */
	public static Path fresh(String name) {
		Path dir = Path.of("target", "it", name).toAbsolutePath();
		delete(dir);
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Points the store at a database of the test's own: an H2 file inside {@code dir}, or, when the
	 * system property {@value #POSTGRES} names a PostgreSQL server (as .ci/run does), a fresh schema
	 * there named after the folder, so the same suite proves both databases.
	 */
	public static void database(DynamicPropertyRegistry registry, Path dir) {
		databaseProperties(dir).forEach((key, value) -> registry.add(key, () -> value));
	}

	/** The properties {@link #database} registers (NightlyIntegrationTest sets them itself). */
	static java.util.Map<String, String> databaseProperties(Path dir) {
		java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();
		properties.put("placewise.data-dir", dir.resolve("data").toString());
		properties.put("placewise.jobs", "jobs");
		String postgres = System.getProperty(POSTGRES, "");
		if (postgres.isBlank()) {
			properties.put("spring.datasource.url",
					"jdbc:h2:file:" + dir.resolve("data").resolve("placewise") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
			return properties;
		}
		String schema = freshSchema(postgres, dir.getFileName().toString());
		properties.put("spring.datasource.url", postgres + "?currentSchema=" + schema);
		properties.put("spring.datasource.username", "placewise");
		properties.put("spring.datasource.password", "placewise");
		// every test class keeps its own cached context and pool: keep each pool small
		properties.put("spring.datasource.hikari.maximum-pool-size", "3");
		return properties;
	}

	/**
	 * The options that point a {@code placewise} child process at a database of its own, as
	 * {@link #database} does for a test's Spring context: its data folder {@code dir/data} (where the run
	 * lock lives, and the H2 file), and on PostgreSQL a fresh schema named after {@code dir}'s path under
	 * target/it.
	 */
	public static java.util.List<String> processDatabase(Path dir) {
		java.util.List<String> args = new java.util.ArrayList<>();
		args.add("--placewise.data-dir=" + dir.resolve("data"));
		String postgres = System.getProperty(POSTGRES, "");
		if (!postgres.isBlank()) {
			String name = Path.of("target", "it").toAbsolutePath().relativize(dir.toAbsolutePath()).toString();
			args.add("--spring.datasource.url=" + postgres + "?currentSchema=" + freshSchema(postgres, name));
			args.add("--spring.datasource.username=placewise");
			args.add("--spring.datasource.password=placewise");
		}
		return args;
	}

	/** A JDBC URL of a PostgreSQL database to run the integration suite against (user/password placewise). */
	public static final String POSTGRES = "placewise.it.postgres";

	public static boolean onPostgres() {
		return !System.getProperty(POSTGRES, "").isBlank();
	}

	private static String freshSchema(String url, String name) {
		String schema = "it_" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "_");
		try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "placewise", "placewise");
				java.sql.Statement st = c.createStatement()) {
			st.execute("drop schema if exists " + schema + " cascade");
			st.execute("create schema " + schema);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("cannot make schema " + schema + " on " + url, ex);
		}
		return schema;
	}

	/** Copies files (from the classpath folder or a project folder) into a new inbox. */
	public static Path inbox(Path dir, String name, Path from, String... files) {
		Path inbox = dir.resolve(name);
		try {
			Files.createDirectories(inbox);
			for (String file : files) {
				Files.copy(from.resolve(file), inbox.resolve(file), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return inbox;
	}

	public static Path resources(String folder) {
		return Path.of("src", "test", "resources").resolve(folder);
	}

	private static void delete(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
