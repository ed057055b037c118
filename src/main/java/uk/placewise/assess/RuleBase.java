package uk.placewise.assess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

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
 * time (every .drl file and every .xlsx decision table; nothing else), so a council changes a
 * number without a Java build. Its version is a SHA-256 over the folder's files it reads (rule files,
 * facts.yml, scenarios; nothing listed as not compiled is opened), so every result
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

	private RuleBase(Path folder, String version, List<String> files, CompiledRules.Entry compiled,
			FactWindow factWindow) {
		this.folder = folder;
		this.version = version;
		this.files = files;
		this.kieBase = compiled.kieBase();
		String prefix = RuleFolder.prefix(folder);
		this.warnings = compiled.warnings().stream().map(w -> w.in(prefix)).toList();
		this.factWindow = factWindow;
	}

	/**
	 * How often this process asked for compiled rules ({@link #compile} past reading the folder) and how
	 * often it compiled them because no earlier compilation of the same ruleset was kept: the bench and the
	 * tests read it.
	 */
	public record Compilations(long asked, long compiled) {
	}

	/** This process's compilations so far. */
	public static Compilations compilations() {
		return CompiledRules.counts();
	}

	/**
	 * Checks and compiles a rules folder; a ruleset this process has compiled before (the same files, in
	 * this folder or another) is not checked or compiled again (see {@link CompiledRules}).
	 * @throws RulesCompileException naming file and line of every refusal or compile error
	 */
	public static RuleBase compile(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new RulesCompileException(List.of(folder + ": no such rules folder"));
		}
		Map<String, byte[]> contents = RuleFolder.read(folder);
		String version = RuleFolder.version(contents);
		String prefix = RuleFolder.prefix(folder);
		String compiledVersion = RuleFolder.compiledVersion(contents);
		CompiledRules.Entry cached = CompiledRules.get(compiledVersion);
		if (cached != null) {
			try {
				return new RuleBase(folder, version, List.copyOf(contents.keySet()), cached,
						factWindow(contents, prefix));
			}
			catch (YamlException ex) {
				throw new RulesCompileException(List.of(ex.getMessage()));
			}
		}
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
		try {
			factWindow = factWindow(contents, prefix);
		}
		catch (YamlException ex) {
			errors.add(ex.getMessage());
		}
		if (!errors.isEmpty()) {
			throw new RulesCompileException(errors);
		}
		CompiledRules.Entry compiled = CompiledRules.put(compiledVersion, build(ruleFiles, version));
		return new RuleBase(folder, version, List.copyOf(contents.keySet()), compiled, factWindow);
	}

	/** What the folder's facts.yml says (its default without one); read for every folder, it is not compiled. */
	private static FactWindow factWindow(Map<String, byte[]> contents, String prefix) {
		if (!contents.containsKey(FactWindow.FILE)) {
			return FactWindow.DEFAULT;
		}
		return FactWindow.parse(new String(contents.get(FactWindow.FILE), StandardCharsets.UTF_8),
				prefix + FactWindow.FILE);
	}

	/**
	 * The version {@link #compile} would give the folder, without compiling it: only its files are read
	 * and hashed.
	 */
	public static String versionOf(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new RulesCompileException(List.of(folder + ": no such rules folder"));
		}
		return RuleFolder.version(RuleFolder.read(folder));
	}

	/** SHA-256 (hex) over every file of the folder read: its relative path, then its content, by path. */
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

	private static CompiledRules.Entry build(Map<String, RuleFile> ruleFiles, String version) {
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
		List<CompiledRules.Warning> warnings = new ArrayList<>();
		for (Message message : builder.getResults().getMessages(Message.Level.WARNING)) {
			warnings.add(warning(message, ruleFiles));
		}
		KieContainer container = ks.newKieContainer(releaseId);
		try {
			return new CompiledRules.Entry(container.getKieBase(), List.copyOf(warnings));
		}
		finally {
			ks.getRepository().removeKieModule(releaseId);
		}
	}

	private static String describe(Message message, Map<String, RuleFile> ruleFiles) {
		RuleFile file = ruleFiles.get(engineKey(message));
		return file == null ? warning(message, ruleFiles).where()
				: file.name() + ":" + file.sourceLine(Math.max(message.getLine(), 1)) + ": " + text(message);
	}

	/** A warning as {@link CompiledRules} keeps it: the file by its path inside the folder, if it names one. */
	private static CompiledRules.Warning warning(Message message, Map<String, RuleFile> ruleFiles) {
		RuleFile file = ruleFiles.get(engineKey(message));
		if (file == null) {
			String path = message.getPath() == null ? "" : message.getPath();
			return new CompiledRules.Warning(null,
					(path.isEmpty() ? "rules" : path) + ":" + message.getLine() + ": " + text(message));
		}
		return new CompiledRules.Warning(file.relative(),
				":" + file.sourceLine(Math.max(message.getLine(), 1)) + ": " + text(message));
	}

	private static String engineKey(Message message) {
		String path = message.getPath() == null ? "" : message.getPath();
		return path.startsWith(ENGINE_PATH) ? path.substring(ENGINE_PATH.length()) : path;
	}

	private static String text(Message message) {
		return message.getText() == null ? "" : message.getText().replaceAll("\\s+", " ").trim();
	}
}
