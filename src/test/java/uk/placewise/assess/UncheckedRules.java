package uk.placewise.assess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

import uk.placewise.facts.AsOf;
import uk.placewise.facts.Setting;
import uk.placewise.facts.SettingType;

/**
 * Compiles and fires a folder of rule files the way Drools does, with NO Placewise check: what an
 * escape would have done once the old text filter had let it through. Test-only.
 */
final class UncheckedRules {

	private static int builds;

	private UncheckedRules() {
	}

	/** Compiles every rule file in {@code folder}, fires them over one setting, returns the reasons. */
	static synchronized List<Reason> fire(Path folder) throws Exception {
		KieServices ks = KieServices.Factory.get();
		KieFileSystem kfs = ks.newKieFileSystem();
		ReleaseId id = ks.newReleaseId("uk.placewise", "unchecked", "1.0." + ++builds);
		kfs.generateAndWritePomXML(id);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.matches("(?i).+\\.(drl|xlsx|xls|csv)")) { // all Drools reads, not Placewise's allowlist
					RuleFile rule = RuleFile.of("rules/" + name, name, Files.readAllBytes(file));
					kfs.write(rule.enginePath(), rule.drl());
				}
			}
		}
		KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
		List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
		if (!errors.isEmpty()) {
			throw new IllegalStateException("does not compile: " + errors);
		}
		KieContainer container = ks.newKieContainer(id);
		KieSession session = container.getKieBase().newKieSession();
		try {
			session.insert(new AsOf(LocalDate.of(2026, 11, 15)));
			session.insert(new Setting("SC000001", "Home", "Acme", SettingType.CHILDRENS_HOME, "Children's home", true,
					"Active", null, null, false, null));
			session.insert(new Band("SC000001", "Critical", "BAND-CRITICAL"));
			session.fireAllRules(1000);
			List<Reason> reasons = new ArrayList<>();
			session.getObjects(new ClassObjectFilter(Reason.class)).forEach(o -> reasons.add((Reason) o));
			return reasons;
		}
		finally {
			session.dispose();
			ks.getRepository().removeKieModule(id);
		}
	}

	/** {@code java ... UncheckedRules FOLDER}: fires the folder, then exits 3 (an escape may exit first). */
	public static void main(String[] args) throws Exception {
		fire(Path.of(args[0]));
		System.out.println("the rules ran to the end");
		System.exit(3);
	}
}
