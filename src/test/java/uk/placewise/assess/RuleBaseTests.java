package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.placewise.assess.Night.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;
import uk.placewise.facts.Grade;

/** Compiling a council's rules folder: its version, its errors, and what rules may not touch. */
class RuleBaseTests {

	static final String NOT_A_CLASS = " is not a class rules may use" + RuleSandbox.LIST;

	static final String NOT_A_MEMBER = " is not a method or field rules may use" + RuleSandbox.LIST;

	@TempDir
	Path temp;

	static String rule(String when, String then) {
		return """
				package uk.placewise.rules;
				import uk.placewise.facts.Setting;

				rule "BAD"
				when
				    %s
				then
				    %s
				end
				""".formatted(when, then);
	}

	static List<String> refusalsOf(RulesCopy folder) {
		try {
			folder.compile();
		}
		catch (RulesCompileException ex) {
			return ex.messages();
		}
		throw new AssertionError("the rules compiled");
	}

	@Nested
	class Version {

		@Test
		void isAHashOfTheFolderContentNotOfWhereItIs() {
			RulesCopy copy = RulesCopy.of(temp).write("~$visit-frequency.xlsx", "Excel lock");
			assertThat(copy.compile().version()).isEqualTo(shippedRules().version()).hasSize(64);
		}

		@Test
		void isKnownWithoutCompilingTheRules() {
			RulesCopy copy = RulesCopy.of(temp);
			assertThat(RuleBase.versionOf(copy.path())).isEqualTo(shippedRules().version());
		}

		@Test
		void changingAPointsValueChangesTheScoreAndTheVersionWithoutABuild() {
			Night night = night().with(agency("SC400001"), full("SC400001", monthsAgo(2), Grade.REQUIRES_IMPROVEMENT));
			assertThat(night.setting("SC400001").score()).isEqualTo(25);

			RuleBase changed = RulesCopy.of(temp)
				.replace("ofsted.drl", "\"OFS-RI\", 25,", "\"OFS-RI\", 30,")
				.compile();

			Assessment assessment = new Assessor(changed).assess(night.facts());
			assertThat(assessment.settings().get(0).score()).isEqualTo(30);
			assertThat(assessment.rulesetVersion()).isEqualTo(changed.version())
				.isNotEqualTo(shippedRules().version());
		}

	}

	@Nested
	class CompileErrors {

		@Test
		void syntaxErrorNamesTheFileAndLine() {
			RulesCopy folder = RulesCopy.of(temp)
				.write("broken.drl", rule("Setting( urn == \"x\"\n    nonsense here", "// nothing"));
			assertThat(refusalsOf(folder)).singleElement().asString().startsWith("rules/broken.drl:7: ");
		}

		@Test
		void unknownFieldNamesTheFileAndLine() {
			RulesCopy folder = RulesCopy.of(temp)
				.write("broken.drl", rule("Setting( colour == \"red\" )", "// nothing"));
			assertThat(refusalsOf(folder)).singleElement()
				.asString()
				.startsWith("rules/broken.drl:6: Unable to Analyse Expression colour == \"red\"");
		}

		@Test
		void aCsvFileIsNeverCompiledEvenWhenItIsADecisionTable() {
			RulesCopy folder = RulesCopy.of(temp).write("extra.csv", """
					RuleSet,uk.placewise.rules
					Import,uk.placewise.assess.Band
					,
					RuleTable EXTRA
					CONDITION,ACTION
					$b : Band,
					band == "$param","insert( $b );"
					Band,Do
					Critical,x
					""").write("rules-impact.csv", "urn,score_before,score_after\nSC100001,10,35\n");
			RuleBase rules = folder.compile();
			assertThat(rules.ruleNames()).noneMatch(name -> name.startsWith("EXTRA"));
			assertThat(UncompiledFiles.warnings(folder.path())).containsExactly(
					"rules/extra.csv is not compiled: only .drl files and .xlsx decision tables are (a decision table is read from an .xlsx workbook only)",
					"rules/rules-impact.csv is not compiled: only .drl files and .xlsx decision tables are (a decision table is read from an .xlsx workbook only)");
		}

		@Test
		void anXlsWorkbookIsNotCompiled() {
			RulesCopy folder = RulesCopy.of(temp).write("old-table.xls", "not read");
			assertThat(folder.compile().ruleNames()).isEqualTo(shippedRules().ruleNames());
			assertThat(UncompiledFiles.warnings(folder.path())).singleElement().asString()
				.startsWith("rules/old-table.xls is not compiled: ");
		}

		@Test
		void missingFolderIsReported() {
			assertThatThrownBy(() -> RuleBase.compile(temp.resolve("nowhere")))
				.isInstanceOf(RulesCompileException.class)
				.hasMessageContaining("no such rules folder");
		}

	}

	@Nested
	class Sandbox {

		@Test
		void importOfJavaIoIsRefused() {
			RulesCopy folder = RulesCopy.of(temp)
				.write("x.drl", "package uk.placewise.rules;\n\nimport java.io.File;\n");
			assertThat(refusalsOf(folder)).containsExactly(
					"rules/x.drl:3: import java.io.File is not on the list of what rules may use" + RuleSandbox.LIST);
		}

		@Test
		void runtimeExecIsRefused() {
			RulesCopy folder = RulesCopy.of(temp)
				.write("x.drl", rule("Setting()", "Runtime.getRuntime().exec( \"rm -rf /\" );"));
			assertThat(refusalsOf(folder)).containsExactly("rules/x.drl:8: Runtime" + NOT_A_CLASS);
		}

		@Test
		void reflectionIsRefused() {
			RulesCopy folder = RulesCopy.of(temp)
				.write("x.drl", rule("$s : Setting()", "$s.getClass().getDeclaredMethods()[0].setAccessible( true );"));
			assertThat(refusalsOf(folder)).containsExactly("rules/x.drl:8: getClass" + NOT_A_MEMBER);
		}

		@Test
		void classForNameAndClassLiteralsAreRefused() {
			RulesCopy folder = RulesCopy.of(temp)
				.write("x.drl", rule("Setting()", "Object o = Class.forName( \"x\" );\n    Object p = Setting.class;"));
			assertThat(refusalsOf(folder)).containsExactly("rules/x.drl:8: Class" + NOT_A_CLASS,
					"rules/x.drl:9: class" + NOT_A_MEMBER);
		}

		@Test
		void fullyQualifiedClassInAConsequenceIsRefused() {
			RulesCopy folder = RulesCopy.of(temp)
				.write("x.drl", rule("Setting()", "new java.io.File( \"/etc/passwd\" ).delete();"));
			assertThat(refusalsOf(folder)).containsExactly("rules/x.drl:8: java.io.File" + NOT_A_CLASS);
		}

		@Test
		void systemExitInAFunctionIsRefused() {
			RulesCopy folder = RulesCopy.of(temp)
				.write("x.drl", "package uk.placewise.rules;\n\nfunction void stop() {\n    System.exit( 1 );\n}\n");
			assertThat(refusalsOf(folder)).containsExactly("rules/x.drl:4: System" + NOT_A_CLASS);
		}

		@Test
		void wordsInCommentsAndTextAndAllowedClassesAreFine() {
			List<String> refusals = RuleSandbox.check(List.of(new RuleFile("rules/x.drl", "x.drl", """
					// Runtime.getRuntime() in a comment is only words
					import uk.placewise.facts.Setting;
					import java.time.LocalDate;
					import java.util.List;
					rule "OK" when $s : Setting( name != "System.exit" ) then
					    java.time.LocalDate d = java.time.LocalDate.of( 2026, 1, 1 ); /* java.io.File */
					end
					""", false)));
			assertThat(refusals).isEmpty();
		}

		@Test
		void aLinkToAFileOutsideTheFolderIsNotRead() throws Exception {
			java.nio.file.Files.writeString(temp.resolve("secret.txt"), "password: Hunter2");
			RulesCopy folder = RulesCopy.of(temp);
			java.nio.file.Files.createSymbolicLink(folder.path().resolve("x.drl"), temp.resolve("secret.txt"));
			assertThat(refusalsOf(folder)).containsExactly("rules/x.drl:1: a link to a file outside the rules folder "
					+ "is not read");
		}

		@Test
		void refusalsAreCheckedBeforeCompilingAndAllReported() {
			RulesCopy folder = RulesCopy.of(temp)
				.write("a.drl", "package uk.placewise.rules;\nimport java.net.URL;\n")
				.write("b.drl", "package uk.placewise.rules;\nimport java.util.concurrent.Executors;\n");
			assertThat(refusalsOf(folder)).hasSize(2)
				.anySatisfy(m -> assertThat(m).startsWith("rules/a.drl:2: import java.net.URL"))
				.anySatisfy(m -> assertThat(m).startsWith("rules/b.drl:2: import java.util.concurrent.Executors"));
		}

	}

}
