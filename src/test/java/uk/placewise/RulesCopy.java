package uk.placewise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import uk.placewise.assess.RuleBase;

/**
 * A copy of the shipped rules/ folder (scenarios included) that a test may break as a council
 * analyst might, shared by the rule, rules check and command line tests.
 */
public final class RulesCopy {

	private final Path folder;

	private RulesCopy(Path folder) {
		this.folder = folder;
	}

	/** Copies rules/ to {@code <parent>/rules}, so messages name files as rules/... as in real use. */
	public static RulesCopy of(Path parent) {
		Path target = parent.resolve("rules");
		try (Stream<Path> files = Files.walk(Path.of("rules"))) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path copy = target.resolve(Path.of("rules").relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new RulesCopy(target);
	}

	public Path path() {
		return folder;
	}

	/** Replaces the one occurrence of {@code text} in a file of the copy. */
	public RulesCopy replace(String file, String text, String replacement) {
		String content = read(file);
		if (!content.contains(text)) {
			throw new IllegalArgumentException(file + " has no '" + text + "'");
		}
		return write(file, content.replace(text, replacement));
	}

	/** Replaces line {@code number} (from 1) of a file of the copy. */
	public RulesCopy replaceLine(String file, int number, String replacement) {
		String[] lines = read(file).split("\n", -1);
		lines[number - 1] = replacement;
		return write(file, String.join("\n", lines));
	}

	public RulesCopy write(String file, String content) {
		try {
			Files.createDirectories(folder.resolve(file).getParent());
			Files.writeString(folder.resolve(file), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	public RulesCopy delete(String file) {
		try {
			Files.delete(folder.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** Deletes the copy's tests/ folder and every scenario in it, as a draft that drops them does. */
	public RulesCopy withoutScenarios() {
		try (Stream<Path> files = Files.walk(folder.resolve("tests"))) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** Compiles the copy as the nightly job would. */
	public RuleBase compile() {
		return RuleBase.compile(folder);
	}

	public String read(String file) {
		try {
			return Files.readString(folder.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
