package uk.placewise.assess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A rules folder's files as {@link RuleBase} reads them (by relative path, hidden files and office lock
 * files aside, no link out of the folder), and the versions made of them: the ruleset version over every
 * file, and the version of the rule files alone, which {@link CompiledRules} keeps compilations by.
 */
final class RuleFolder {

	private RuleFolder() {
	}

	/**
	 * The version of what the engine compiles: the rule files alone (DRL and decision tables), without
	 * facts.yml (read for every folder) and the scenarios and notes beside them, so a changed scenario is
	 * not a reason to compile.
	 */
	static String compiledVersion(Map<String, byte[]> contents) {
		Map<String, byte[]> rules = new java.util.TreeMap<>(contents);
		rules.keySet().removeIf(relative -> !RuleFile.isRules(relative));
		return version(rules);
	}

	/** How messages name the folder: its own name ({@code rules/}). */
	static String prefix(Path folder) {
		Path name = folder.toAbsolutePath().normalize().getFileName();
		return (name == null ? "rules" : name.toString()) + "/";
	}

	static Map<String, byte[]> read(Path folder) {
		Map<String, byte[]> contents = new java.util.TreeMap<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
				String relative = folder.relativize(path).toString().replace('\\', '/');
				if (!ignored(relative)) {
					outsideLink(folder, path, relative);
					contents.put(relative, Files.readAllBytes(path));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the rules folder " + folder, ex);
		}
		return contents;
	}

	/**
	 * A link to a file outside the folder is not read: the night would read, with its own rights, a file
	 * its author may not (and a refusal quotes words of what it reads).
	 */
	static void outsideLink(Path folder, Path path, String relative) throws IOException {
		if (!path.toRealPath().startsWith(folder.toRealPath())) {
			String name = prefix(folder) + relative;
			throw new RulesCompileException(List.of(name + ":1: a link to a file outside the rules folder is not read"));
		}
	}

	/** Hidden files and the lock files Excel and LibreOffice leave beside an open spreadsheet. */
	static boolean ignored(String relative) {
		for (String part : relative.split("/")) {
			if (part.startsWith(".") || part.startsWith("~$")) {
				return true;
			}
		}
		return false;
	}

	static String version(Map<String, byte[]> contents) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			contents.forEach((relative, content) -> {
				sha.update(relative.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(content);
				sha.update((byte) 0);
			});
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
