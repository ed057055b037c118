package uk.placewise.assess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

import uk.placewise.yaml.YamlException;

/**
 * The council's rules folder, checked and compiled once per run. Read from the filesystem at run
 * time (every .drl file and every decision table: .xlsx, .xls or .csv), so a council changes a
 * number without a Java build. Its version is a SHA-256 over the folder's files, so every result
 * can name the exact rules that produced it.
 */
public final class RuleBase {

	private static final String ENGINE_ROOT = "src/main/resources/uk/placewise/rules/";

	private static final String ENGINE_PATH = "uk/placewise/rules/";

	private static final AtomicLong BUILDS = new AtomicLong();

	private final Path folder;

	private final String version;

	private final List<String> files;

	private final KieBase kieBase;

	private final FactWindow factWindow;

	private final List<String> warnings;

	private RuleBase(Path folder, String version, List<String> files, Compiled compiled, FactWindow factWindow) {
		this.folder = folder;
		this.version = version;
		this.files = files;
		this.kieBase = compiled.kieBase();
		this.warnings = compiled.warnings();
		this.factWindow = factWindow;
	}

	/** The engine's knowledge base and the warnings it gave building it, each with file and line. */
	private record Compiled(KieBase kieBase, List<String> warnings) {
	}

	/**
	 * Checks and compiles a rules folder; a folder whose files have not changed since this process last
	 * compiled it is not compiled again (see {@link CompiledRules}).
	 * @throws RulesCompileException naming file and line of every refusal or compile error
	 */
	public static RuleBase compile(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new RulesCompileException(List.of(folder + ": no such rules folder"));
		}
		Map<String, byte[]> contents = read(folder);
		String version = version(contents);
		String key = version + " " + folder.toAbsolutePath().normalize();
		RuleBase cached = CompiledRules.get(key);
		if (cached != null) {
			return cached;
		}
		String prefix = (folder.toAbsolutePath().normalize().getFileName() == null ? "rules"
				: folder.toAbsolutePath().normalize().getFileName().toString()) + "/";

		Map<String, RuleFile> ruleFiles = new LinkedHashMap<>();
		List<String> errors = new ArrayList<>();
		contents.forEach((relative, content) -> {
			if (RuleFile.isRules(relative)) {
				try {
					RuleFile file = RuleFile.of(prefix + relative, relative, content);
					ruleFiles.put(file.enginePath().substring(ENGINE_ROOT.length()), file);
					errors.addAll(ResultWords.check(file));
				}
				catch (RulesCompileException ex) {
					errors.addAll(ex.messages());
				}
			}
		});
		errors.addAll(RuleSandbox.check(ruleFiles.values()));
		if (ruleFiles.isEmpty()) {
			errors.add(prefix + ": no .drl files or decision tables");
		}
		FactWindow factWindow = FactWindow.DEFAULT;
		if (contents.containsKey(FactWindow.FILE)) {
			try {
				factWindow = FactWindow.parse(new String(contents.get(FactWindow.FILE), StandardCharsets.UTF_8),
						prefix + FactWindow.FILE);
			}
			catch (YamlException ex) {
				errors.add(ex.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			throw new RulesCompileException(errors);
		}
		Compiled compiled = build(ruleFiles, version);
		return CompiledRules.put(key,
				new RuleBase(folder, version, List.copyOf(contents.keySet()), compiled, factWindow));
	}

	/**
	 * The version {@link #compile} would give the folder, without compiling it: only its files are read
	 * and hashed.
	 */
	public static String versionOf(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new RulesCompileException(List.of(folder + ": no such rules folder"));
		}
		return version(read(folder));
	}

	/** SHA-256 (hex) over every file of the folder: its relative path, then its content, by path. */
	public String version() {
		return version;
	}

	public Path folder() {
		return folder;
	}

	/** What the folder's facts.yml says the rules must be handed (its default when there is none). */
	public FactWindow factWindow() {
		return factWindow;
	}

	/**
	 * What the engine warned about while compiling (the rules still run), each as {@code file:line:
	 * message}: rules check prints them, the night logs and counts them.
	 */
	public List<String> warnings() {
		return warnings;
	}

	/** The files the version covers, by relative path. */
	public List<String> files() {
		return files;
	}

	/** The names of the folder's rules, sorted (a reason's code is the name of the rule that gives it). */
	public java.util.SortedSet<String> ruleNames() {
		java.util.SortedSet<String> names = new java.util.TreeSet<>();
		kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
		return names;
	}

	/** A new session over the compiled rules; the caller disposes it. */
	KieSession newSession() {
		return kieBase.newKieSession();
	}

	private static Compiled build(Map<String, RuleFile> ruleFiles, String version) {
		KieServices ks = KieServices.Factory.get();
		KieFileSystem kfs = ks.newKieFileSystem();
		ReleaseId releaseId = ks.newReleaseId("uk.placewise", "rules",
				"1.0.0-" + version.substring(0, 12) + "-" + BUILDS.incrementAndGet());
		kfs.generateAndWritePomXML(releaseId);
		ruleFiles.values().forEach(file -> kfs.write(file.enginePath(), file.drl()));
		KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
		List<String> errors = new ArrayList<>();
		for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
			errors.add(describe(message, ruleFiles));
		}
		errors.removeIf(e -> e.endsWith("Parser returned a null Package") && errors.size() > 1);
		if (!errors.isEmpty()) {
			throw new RulesCompileException(errors);
		}
		List<String> warnings = new ArrayList<>();
		for (Message message : builder.getResults().getMessages(Message.Level.WARNING)) {
			warnings.add(describe(message, ruleFiles));
		}
		KieContainer container = ks.newKieContainer(releaseId);
		try {
			return new Compiled(container.getKieBase(), List.copyOf(warnings));
		}
		finally {
			ks.getRepository().removeKieModule(releaseId);
		}
	}

	private static String describe(Message message, Map<String, RuleFile> ruleFiles) {
		String path = message.getPath() == null ? "" : message.getPath();
		String key = path.startsWith(ENGINE_PATH) ? path.substring(ENGINE_PATH.length()) : path;
		RuleFile file = ruleFiles.get(key);
		String text = message.getText() == null ? "" : message.getText().replaceAll("\\s+", " ").trim();
		if (file == null) {
			return (path.isEmpty() ? "rules" : path) + ":" + message.getLine() + ": " + text;
		}
		return file.name() + ":" + file.sourceLine(Math.max(message.getLine(), 1)) + ": " + text;
	}

	private static Map<String, byte[]> read(Path folder) {
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
	private static void outsideLink(Path folder, Path path, String relative) throws IOException {
		if (!path.toRealPath().startsWith(folder.toRealPath())) {
			String name = (folder.toAbsolutePath().normalize().getFileName() == null ? "rules"
					: folder.toAbsolutePath().normalize().getFileName().toString()) + "/" + relative;
			throw new RulesCompileException(List.of(name + ":1: a link to a file outside the rules folder is not read"));
		}
	}

	/** Hidden files and the lock files Excel and LibreOffice leave beside an open spreadsheet. */
	private static boolean ignored(String relative) {
		for (String part : relative.split("/")) {
			if (part.startsWith(".") || part.startsWith("~$")) {
				return true;
			}
		}
		return false;
	}

	private static String version(Map<String, byte[]> contents) {
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
