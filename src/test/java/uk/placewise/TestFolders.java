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
		Path dir = Path.of("target", "it", test.getSimpleName()).toAbsolutePath();
		delete(dir);
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Points the store at a file database inside {@code dir}. */
	public static void database(DynamicPropertyRegistry registry, Path dir) {
		registry.add("placewise.data-dir", () -> dir.resolve("data").toString());
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:file:" + dir.resolve("data").resolve("placewise") + ";DB_CLOSE_ON_EXIT=FALSE");
		registry.add("placewise.jobs", () -> "jobs");
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
