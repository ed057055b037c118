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
 * A rules folder's files as {@link RuleBase} reads them (by relative path: the rule files, facts.yml and
 * the scenarios, hidden files and office lock files aside, no link out of the folder, none over
 * {@link #MAX_BYTES}), and the versions made of them: the ruleset version over every file read, and the
 * version of the rule files alone, which {@link CompiledRules} keeps compilations by.
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

	/**
	 * The largest file the rules read (a rule file, facts.yml, a scenario): past it the file is refused by
	 * name and size, never read whole (a 3 GB file must not take the night's memory). See rules/README.md.
	 */
	static final long MAX_BYTES = 5L * 1024 * 1024;

	/**
	 * The files the engine reads, by relative path: the rule files ({@link RuleFile#isRules}), facts.yml
	 * and the scenarios under tests/. Nothing else is opened, so a stray 3 GB export or an unreadable
	 * file beside the rules changes neither the version nor the night ({@link UncompiledFiles} names it).
	 * @throws RulesCompileException naming every file that is too big or cannot be read
	 */
	static Map<String, byte[]> read(Path folder) {
		Map<String, byte[]> contents = new java.util.TreeMap<>();
		List<String> refusals = new java.util.ArrayList<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
				String relative = folder.relativize(path).toString().replace('\\', '/');
				if (!ignored(relative) && isRead(relative)) {
					outsideLink(folder, path, relative);
					byte[] content = bounded(path, prefix(folder) + relative, refusals);
					if (content != null) {
						contents.put(relative, content);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the rules folder " + folder, ex);
		}
		if (!refusals.isEmpty()) {
			throw new RulesCompileException(refusals);
		}
		return contents;
	}

	/** Whether the engine reads a file of the folder: a rule file, facts.yml or a scenario (tests/*.yml). */
	static boolean isRead(String relative) {
		String lower = relative.toLowerCase(java.util.Locale.ROOT);
		return RuleFile.isRules(relative) || relative.equals(FactWindow.FILE)
				|| (relative.startsWith("tests/") && (lower.endsWith(".yml") || lower.endsWith(".yaml")));
	}

	/** A file's bytes, at most {@link #MAX_BYTES} of them; null (and a refusal) when it is bigger or unreadable. */
	private static byte[] bounded(Path path, String name, List<String> refusals) {
		try (java.io.InputStream in = Files.newInputStream(path)) {
			byte[] content = in.readNBytes((int) MAX_BYTES + 1);
			if (content.length > MAX_BYTES) {
				refusals.add(name + ":1: is " + size(Math.max(Files.size(path), content.length))
						+ ", more than the " + size(MAX_BYTES) + " a rules file may be; not read");
				return null;
			}
			return content;
		}
		catch (IOException ex) {
			refusals.add(name + ":1: cannot be read (" + ex.getClass().getSimpleName().replace("Exception", "")
					+ "); check its permissions");
			return null;
		}
	}

	/** A size as people read it: 3.0 GB, 6.2 MB, 812 bytes. */
	static String size(long bytes) {
		if (bytes >= 1024L * 1024 * 1024) {
			return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
		}
		if (bytes >= 1024L * 1024) {
			return bytes % (1024L * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
					: String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
		}
		return bytes + " bytes";
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
