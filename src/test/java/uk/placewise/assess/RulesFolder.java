package uk.placewise.assess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the shipped rules/ folder that a test may change, as a council would. */
final class RulesFolder {

	private final Path folder;

	private RulesFolder(Path folder) {
		this.folder = folder;
	}

	/** Copies rules/ to {@code <parent>/rules}. */
	static RulesFolder copyOfShippedRules(Path parent) {
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
		return new RulesFolder(target);
	}

	Path path() {
		return folder;
	}

	RulesFolder replace(String file, String text, String replacement) {
		String content = read(file);
		if (!content.contains(text)) {
			throw new IllegalArgumentException(file + " has no '" + text + "'");
		}
		return write(file, content.replace(text, replacement));
	}

	RulesFolder write(String file, String content) {
		try {
			Files.writeString(folder.resolve(file), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	String read(String file) {
		try {
			return Files.readString(folder.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	RuleBase compile() {
		return RuleBase.compile(folder);
	}
}
