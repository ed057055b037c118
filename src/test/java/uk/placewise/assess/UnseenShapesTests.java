package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes of escape beyond the corpus (reflection, lambdas and method references, static imports,
 * processes, threads, class loaders, globals, declared types, queries, from, accumulate code, function
 * imports, MVEL, annotations, loops, unicode look-alikes): each is refused by the check alone, and the
 * harmless uses of the same features next to them are not.
 */
class UnseenShapesTests {

	static final String TEMPLATE = """
			package uk.placewise.rules;
			import uk.placewise.facts.Setting;
			import uk.placewise.assess.Reason;
			import java.util.Collections;
			import java.util.Comparator;
			import java.util.List;
			import java.util.Optional;
			%s
			rule "X"
			when
			    $s : Setting( $u : urn )
			    %s
			then
			    %s
			end
			""";

	static List<String> check(String top, String when, String then) {
		return RuleSandbox.check(List.of(new RuleFile("rules/x.drl", "x.drl", TEMPLATE.formatted(top, when, then), false)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "import static java.lang.System.exit;", "import function java.lang.System.exit;",
			"import accumulate org.drools.core.base.accumulators.CountAccumulateFunction cnt;", "import java.lang.*;",
			"import java.io.*;", "import uk.placewise.assess.*;", "import uk.placewise.assess.RuleBase;",
			"global java.util.List out;", "global String out;", "declare Evil name : String end",
			"declare Evil extends java.io.File end", "function void f() { Runtime.getRuntime().halt( 0 ); }",
			"dialect \"mvel\"", "query \"q\" Setting( urn == java.lang.System.getenv( \"HOME\" ) ) end",
			"function String f() { return java.lang.System.getProperty( \"user.home\" ); }",
			"function int fib( int n ) { return n < 2 ? n : fib( n - 1 ) + fib( n - 2 ); }",
			"package java.io;", "@{ java.lang.System.exit( 0 ) }" })
	void refusedAtTheTop(String top) {
		assertThat(check(top, "", "")).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "String() from java.lang.System.getenv( \"PATH\" )",
			"eval( Class.forName( \"java.lang.Runtime\" ) != null )", "eval( $s.getClass().getClassLoader() != null )",
			"Setting( this.class.classLoader != null )", "Setting( class != null )",
			"Setting( urn == String.valueOf( Integer.getInteger( \"x\" ) ) )",
			"$n : Number() from accumulate( Setting(), init( Thread t = null; ), action( ), result( 0 ) )",
			"Setting( urn == Integer.TYPE.getName() )", "Setting( java.lang.Runtime.getRuntime() != null )",
			"Setting( urn == new java.util.Scanner( new java.io.File( \"/etc/passwd\" ) ).nextLine() )",
			"Setting( urn matches java.lang.System.getenv( \"X\" ) )", "Setting( urn == String.class.name )",
			"Setting( urn == $s.name.class.name )", "Setting() @watch( urn )",
			"Setting( urn == \"\\u0022 || java.lang.System.exit( 0 ) || \\u0022\" )",
			"Setting() from java.util.ServiceLoader.load( Object.class )" })
	void refusedInAConditionOrFrom(String when) {
		assertThat(check("", when, "")).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Runnable r = () -> { };", "java.util.function.Supplier<String> s = System::lineSeparator;",
			"new Thread( () -> { } ).start();", "new ProcessBuilder( \"sh\" ).start();", "ClassLoader.getSystemClassLoader();",
			"Object o = $s; o.getClass();", "String.class.getName();", "drools.getKieRuntime().halt();",
			"kcontext.getKieRuntime();", "drools.getRule().getName().getClass();", "drools.halt();",
			"java.lang.invoke.MethodHandles.lookup();", "while ( true ) { }", "for ( ;; ) { }", "do { } while ( true );",
			"synchronized ( $s ) { }", "String System = \"\"; System.exit( 0 );",
			"Object o = new Object() { { java.lang.System.exit( 0 ); } };", "String s = \"a\\u0022;\";",
			"// a note\r java.lang.System.exit( 0 );", "Sys\u200Btem.exit( 0 );", "Ｓystem.exit( 0 );",
			"insert( $s.getClass() );", "Math.class.getClassLoader();", "Enum.valueOf( null, \"x\" );",
			"Optional.of( $s ).map( Object::getClass );", "java.time.LocalDate.now();", "java.time.Clock.systemUTC();",
			"java.util.Locale.setDefault( null );", "Long.getLong( \"x\" );", "$s.source().getClass();",
			"modify( $s ) { setUrn( \"x\" ) }", "String v = String.valueOf( Runtime.version() );",
			"String.format( \"%s\", (Object) System.getenv() );", "Object c = Integer.class;",
			"new java.util.Scanner( \"x\" );", "Collections.emptyList().stream().count();", "\"x\".chars().count();",
			"java .lang .System .exit( 0 );", "java\n.lang\n.System\n.exit( 0 );", "java/* */./* */lang.System.exit( 0 );",
			"String s = \"\"\"\n  x\"\"\";", "char c = '\\u0022';", "int x = 1; \\ java.lang.System.exit( 0 );",
			"Object o = java.lang.Thread.currentThread();", "Thread.sleep( 100000 );", "$s.wait();",
			"Object o = java.util.concurrent.Executors.newCachedThreadPool();", "throw new RuntimeException( \"x\" );",
			"try { insert( $s ); } catch ( Throwable t ) { }", "java.util.List<java.io.File> files = null;",
			"Object o = (java.io.Serializable) $s;", "boolean b = $s instanceof java.io.Serializable;",
			"String s = $s.toString(); s.getClass().getModule();" })
	void refusedInAConsequence(String then) {
		assertThat(check("", "", then)).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Setting( urn == \"x\" ) from entry-point \"feeds\"",
			"$r : List() from collect( Reason( urn == $u ) )",
			"accumulate( Reason( urn == $u, $p : points ); $total : sum( $p ) )",
			"Setting( urn != null, urn.length() > 3, name matches \"[A-Z].*\" )" })
	void harmlessConditionsPass(String when) {
		assertThat(check("", when, "")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "List<Reason> rs = new java.util.ArrayList<>(); rs.sort( Comparator.comparing( Reason::points ) );",
			"Optional.of( $s ).map( s -> s.urn() ).orElse( \"\" );",
			"for ( String p : List.of( \"a\", \"b\" ) ) { if ( p.isEmpty() ) { insert( p ); } else { update( $s ); } }",
			"insert( new Reason( $u, drools.getRule().getName(), Math.max( 1, 2 ), \"x\", null, null ) );",
			"java.time.LocalDate d = java.time.LocalDate.of( 2026, 1, 1 ).minusDays( 3 );",
			"String s = \"System.exit( 0 ); java.io.File\"; // Runtime.getRuntime() in a comment" })
	void harmlessConsequencesPass(String then) {
		assertThat(check("", "", then)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "import static java.lang.Math.max;", "query \"settings\" Setting() end",
			"function int twice( int n ) { return 2 * n; }", "import uk.placewise.facts.*;" })
	void harmlessTopsPass(String top) {
		assertThat(check(top, "", "")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Import,\"uk.placewise.facts.Setting, java.io.File\"",
			"Functions,\"function void f() { java.lang.System.exit( 0 ); }\"", "Variables,java.util.List out",
			"Queries,\"query \"\"q\"\"  Setting( urn == java.lang.System.getenv( \"\"X\"\" ) ) end\"",
			"Declare,\"Evil name : String end\"", "Sequential,true\nImport,java.lang.Runtime" })
	void refusedInTheHeaderRowsOfADecisionTable(String row) {
		assertThat(RuleSandbox.check(List.of(table("Notes,a harmless note")))).isEmpty();
		assertThat(RuleSandbox.check(List.of(table(row)))).isNotEmpty()
			.allSatisfy(r -> assertThat(r).startsWith("rules/t.csv:"));
	}

	static RuleFile table(String row) {
		String csv = """
				RuleSet,uk.placewise.rules
				Import,uk.placewise.facts.Setting
				%s
				,
				RuleTable T
				CONDITION,ACTION
				$s : Setting,
				"urn == \"\"$param\"\"","update( $s );"
				Urn,Do
				SC1,x
				""".formatted(row);
		return RuleFile.of("rules/t.csv", "t.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0xjava.lang.System.exit( 0 );", "int i = 0x1fL; java.lang.System.exit( i );" })
	void numbersDoNotHideNames(String then) {
		assertThat(check("", "", then)).isNotEmpty();
	}

	@org.junit.jupiter.api.Test
	void aByteOrderMarkAtTheStartIsNotCode() {
		String drl = "\uFEFF" + TEMPLATE.formatted("", "", "");
		assertThat(RuleSandbox.check(List.of(new RuleFile("rules/x.drl", "x.drl", drl, false)))).isEmpty();
	}
}
