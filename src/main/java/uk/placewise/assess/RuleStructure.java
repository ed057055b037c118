package uk.placewise.assess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * A rule file's structure as Drools' own parser reads it ({@link DrlParser}, the one the engine
 * compiles with): the functions it defines, and the attributes of the package and of each rule, which
 * are allowed only from a list. Rules are written in the java dialect: the MVEL dialect runs consequences
 * through an interpreter instead of the compiler. Text the parser cannot read is left to the compiler,
 * which refuses it with its own message.
 */
final class RuleStructure {

	/** Rule attributes that only order or group the rules. */
	private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "agenda-group", "activation-group",
			"auto-focus", "lock-on-active", "ruleflow-group", "dialect", "enabled");

	record Refusal(int line, String token, String message) {
	}

	private RuleStructure() {
	}

	/** A file's structure: the functions it defines, and its refusals (none when it does not parse). */
	record Read(List<String> functions, List<Refusal> refusals, List<Function> bodies) {
	}

	/** A function: its name, its line, and the names it calls. */
	record Function(String name, int line, Set<String> calls) {
	}

	static Read of(String drl) {
		PackageDescr pkg = parse(drl);
		List<Refusal> refusals = new ArrayList<>();
		if (pkg == null) {
			return new Read(List.of(), refusals, List.of());
		}
		attributes(pkg.getAttributes(), 1, refusals);
		for (RuleDescr rule : pkg.getRules()) {
			attributes(rule.getAttributes().values(), rule.getLine(), refusals);
		}
		declarations(pkg.getGlobals(), "global", refusals);
		declarations(pkg.getTypeDeclarations(), "declare", refusals);
		declarations(pkg.getEnumDeclarations(), "declare", refusals);
		declarations(pkg.getWindowDeclarations(), "declare", refusals);
		declarations(pkg.getEntryPointDeclarations(), "declare", refusals);
		declarations(pkg.getAccumulateImports(), "import", refusals);
		List<Function> bodies = new ArrayList<>();
		for (FunctionDescr f : pkg.getFunctions()) {
			Set<String> calls = new java.util.HashSet<>();
			List<RuleTokens.Token> tokens = RuleTokens.of(f.getBody() == null ? "" : f.getBody()).tokens();
			for (int i = 0; i + 1 < tokens.size(); i++) {
				if (tokens.get(i).ident() && tokens.get(i + 1).is("(")) {
					calls.add(tokens.get(i).text());
				}
			}
			bodies.add(new Function(f.getName(), Math.max(f.getLine(), 1), calls));
		}
		return new Read(pkg.getFunctions().stream().map(FunctionDescr::getName).toList(), refusals, bodies);
	}

	private static void attributes(Collection<AttributeDescr> attributes, int ruleLine, List<Refusal> refusals) {
		for (AttributeDescr a : attributes) {
			int line = a.getLine() > 0 ? a.getLine() : Math.max(ruleLine, 1);
			if (!ATTRIBUTES.contains(a.getName())) {
				refusals.add(new Refusal(line, a.getName(), "the rule attribute '" + a.getName()
						+ "' is not allowed (rules may use " + String.join(", ", ATTRIBUTES.stream().sorted().toList())
						+ ")"));
			}
		}
	}

	private static void declarations(Collection<? extends BaseDescr> found, String word, List<Refusal> refusals) {
		for (BaseDescr d : found) {
			refusals.add(new Refusal(Math.max(d.getLine(), 1), word, "'" + word + "' is not allowed in rules "
					+ "(globals, declared types and custom accumulate functions are not needed: rules use the Placewise "
					+ "facts and results)"));
		}
	}

	private static PackageDescr parse(String drl) {
		try {
			DrlParser parser = new DrlParser();
			PackageDescr pkg = parser.parse(false, drl);
			return parser.hasErrors() ? null : pkg;
		}
		catch (DroolsParserException | RuntimeException ex) {
			return null;
		}
	}
}
