package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.PlacewiseApplication;
import uk.placewise.RulesCopy;
import uk.placewise.TestFolders;
import uk.placewise.cli.TruthNights.Night;

/**
 * A file in the rules folder that is never compiled (a .dslr, a hidden file, an editor's backup, a
 * decision table's second sheet, a CSV such as a stray rules-impact.csv) is named by {@code rules check} and by the night's one-line summary.
 */
@SpringBootTest(classes = PlacewiseApplication.class)
class UncompiledRulesIntegrationTests {

	static final Path DIR = TestFolders.fresh(UncompiledRulesIntegrationTests.class);

	static final Path RULES = rulesWithStrays();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestFolders.database(registry, DIR);
		registry.add("placewise.rules", RULES::toString);
	}

	@Autowired
	ApplicationContext context;

	static Path rulesWithStrays() {
		try {
			RulesCopy copy = RulesCopy.of(DIR).write("ofsted-extra.dslr", "rule \"X\" when then end\n")
				.write(".bands.drl", "// hidden\n")
				.write("bands.drl~", "// a backup\n")
				.write("rules-impact.csv", "urn,score_before,score_after\nSC960001,10,35\n");
			Path table = copy.path().resolve("visit-frequency.xlsx");
			Workbook book;
			try (InputStream in = Files.newInputStream(table)) {
				book = WorkbookFactory.create(in);
			}
			book.createSheet("Draft 2027");
			try (OutputStream out = Files.newOutputStream(table)) {
				book.write(out);
			}
			book.close();
			return copy.path();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theNightNamesEveryRulesFileItDidNotCompile() throws Exception {
		// given
		TruthNights nights = new TruthNights(context, DIR);
		Path inbox = nights.inbox("inbox", "qa.csv",
				TruthNights.csv("urn,visit_date,visit_type,outcome,officer", "SC960001,01/10/2026,Announced,Good,X"));
		// when
		Night night = nights.nightly(inbox, "out", LocalDate.of(2026, 11, 20));
		// then
		String rules = RULES.getFileName() + "/";
		assertThat(night.exit()).isZero();
		assertThat(night.line()).contains("ok with 5 warnings: ").contains(rules + ".bands.drl (not compiled)");
		assertThat(night.warning(rules + "ofsted-extra.dslr", "rules-not-compiled").get("message").asString())
			.isEqualTo(rules + "ofsted-extra.dslr is not compiled: only .drl files and .xlsx decision tables are");
		assertThat(night.warning(rules + "bands.drl~", "rules-not-compiled")).isNotNull();
		assertThat(night.warning(rules + "rules-impact.csv", "rules-not-compiled")).isNotNull();
		assertThat(night.warning(rules + "visit-frequency.xlsx!Draft 2027", "rules-not-compiled").get("message")
			.asString()).endsWith("is not compiled: only the first sheet of a decision table is");
	}

	@Test
	void rulesCheckNamesThemAsWarnings() {
		// given
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
		// when
		int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(out, true, StandardCharsets.UTF_8), clock)
			.run(new String[] { "rules", "check", "--rules", RULES.toString() });
		// then
		String rules = RULES.getFileName() + "/";
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("warning: " + rules + "ofsted-extra.dslr is not compiled: only .drl files and .xlsx decision tables are")
			.contains("warning: " + rules + "bands.drl~ is not compiled")
			.contains("warning: " + rules + "rules-impact.csv is not compiled: only .drl files and .xlsx decision tables are")
			.contains("warning: " + rules + ".bands.drl is not compiled: a hidden file")
			.contains("warning: " + rules + "visit-frequency.xlsx!Draft 2027 is not compiled")
			.doesNotContain("README.md is not compiled")
			.doesNotContain(".yml is not compiled");
	}
}
