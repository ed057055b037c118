package uk.placewise.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.RulesCopy;
import uk.placewise.TestFolders;
import uk.placewise.assess.Reason;
import uk.placewise.results.ResultStore;

/**
 * How far back the rules see a child who has left a setting is the rules folder's to say (facts.yml),
 * not Java's: a rule with an 18-month window sees a child who left 17 months ago only when the folder's
 * look-back window reaches that far.
 */
@NightlyIntegrationTest
class FactWindowIntegrationTests {

	static final Path DIR = TestFolders.fresh(FactWindowIntegrationTests.class);

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	/** C007 left Lakeside (SC900001) on 1 June 2025, 537 days before the night, and is placed nowhere now. */
	static final Path INBOX = inboxWithAChildWhoLeft();

	/** Counts each child who left the setting in the 18 months to the night, at 0 points. */
	static final String LEFT_RULE = """
			package uk.placewise.rules;
			import uk.placewise.facts.AsOf;
			import uk.placewise.facts.Setting;
			import uk.placewise.facts.Placement;
			import uk.placewise.assess.Reason;

			rule "LEFT-18M"
			when
			    AsOf( $asOf : date )
			    Setting( $u : urn )
			    $p : Placement( urn == $u, dec != null, dec > $asOf.minusMonths( 18 ), $c : child )
			then
			    insert( new Reason( $u, "LEFT-18M", 0, $c + " left", $p.dec(), $p.source() ) );
			end
			""";

	static final RulesCopy RULES = RulesCopy.of(DIR).write("left.drl", LEFT_RULE);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("placewise.rules", () -> RULES.path().toString());
	}

	@Autowired
	NightlyRun nightly;

	@Autowired
	ResultStore results;

	@Test
	void aRuleLookingFurtherBackThanTheFolderSaysSeesOnlyTheChildrenWithinTheWindow() throws Exception {
		// given the shipped window, 400 days
		RULES.write("facts.yml", "look-back-days: 400\n");
		// when
		NightlyResult shipped = nightly.run(INBOX, DIR.resolve("out-400"), AS_OF);
		// then
		assertThat(shipped.completed()).as(shipped.failure()).isTrue();
		assertThat(leavers(shipped)).doesNotContain("C007 left");
	}

	@Test
	void aRuleLookingFurtherBackSeesTheOlderLeaverWhenTheFolderWidensTheWindow() throws Exception {
		// given an 18-month window
		RULES.write("facts.yml", "# the rules look back 18 months\nlook-back-days: 550\n");
		// when
		NightlyResult widened = nightly.run(INBOX, DIR.resolve("out-550"), AS_OF);
		// then
		assertThat(widened.completed()).as(widened.failure()).isTrue();
		assertThat(leavers(widened)).contains("C007 left");
	}

	@Test
	void theRunSummarySaysWhatTheRulesEngineWarnedAbout() throws Exception {
		// given the rules with the extra file, which the engine compiles without a warning (a window of
		// their own, so that the night is assessed and not reused from another test's)
		RULES.write("facts.yml", "look-back-days: 401\n");
		// when
		NightlyResult night = nightly.run(INBOX, DIR.resolve("out-summary"), AS_OF);
		// then
		var summary = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(DIR.resolve("out-summary/run-summary.json").toFile());
		assertThat(night.completed()).as(night.failure()).isTrue();
		assertThat(summary.get("rules_warnings").get("count").asInt()).isZero();
		assertThat(summary.get("rules_warnings").get("warnings").isArray()).isTrue();
	}

	private List<String> leavers(NightlyResult run) {
		return results.setting(run.runId(), "SC900001")
			.orElseThrow()
			.reasons()
			.stream()
			.filter(r -> r.ruleId().equals("LEFT-18M"))
			.map(Reason::fact)
			.toList();
	}

	private static Path inboxWithAChildWhoLeft() {
		Path sample = Path.of("jobs", "sample-inbox");
		try (var files = Files.list(sample)) {
			Path inbox = TestFolders.inbox(DIR, "inbox", sample,
					files.map(f -> f.getFileName().toString()).sorted().toArray(String[]::new));
			Files.writeString(inbox.resolve("ssda903_episodes.csv"),
					"C007,01/01/2024,S,C2,N1,K2,PR4,01/06/2025,E4A,CARPL,M14 5,SK9 1,SC900001\n",
					StandardOpenOption.APPEND);
			Files.writeString(inbox.resolve("ssda903_header.csv"), "C007,1,01/02/2011,WBRI,,,\n", StandardOpenOption.APPEND);
			return inbox;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
