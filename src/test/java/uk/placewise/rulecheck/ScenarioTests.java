package uk.placewise.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.placewise.facts.FactSet;
import uk.placewise.facts.Grade;
import uk.placewise.facts.MissingEpisode;
import uk.placewise.facts.Placement;
import uk.placewise.facts.Setting;
import uk.placewise.facts.SettingType;
import uk.placewise.rulecheck.Expectations.ExpectedFlag;
import uk.placewise.rulecheck.Expectations.ExpectedReason;
import uk.placewise.rulecheck.Expectations.FirstVisit;
import uk.placewise.rulecheck.Expectations.Mode;
import uk.placewise.yaml.YamlException;

/** Reading a scenario file as a council analyst writes it: defaults, sources and mistakes. */
class ScenarioTests {

	static final String FILE = "rules/tests/x.yml";

	static Scenario parse(String yaml) {
		return Scenario.parse(yaml, FILE);
	}

	static String problem(String yaml) {
		try {
			parse(yaml);
		}
		catch (YamlException ex) {
			return ex.getMessage();
		}
		throw new AssertionError("the scenario was read");
	}

	@Nested
	class Facts {

		@Test
		void anythingNotStatedHasItsDefault() {
			FactSet facts = parse("""
					as-of: 2026-11-15
					children: [{id: C1}]
					expect: {score: 0}
					""").facts();
			Setting setting = facts.settings().get(0);
			assertThat(setting.urn()).isEqualTo("SC000001");
			assertThat(setting.type()).isEqualTo(SettingType.CHILDRENS_HOME);
			assertThat(setting.registered()).isTrue();
			assertThat(setting.registrationStatus()).isEqualTo("Active");
			assertThat(facts.children().get(0).ageYears()).isEqualTo(16);
			Placement placement = facts.placements().get(0);
			assertThat(placement.urn()).isEqualTo("SC000001");
			assertThat(placement.decom()).isEqualTo(LocalDate.of(2026, 5, 15));
			assertThat(placement.place()).isEqualTo("K2");
			assertThat(placement.placeProvider()).isEqualTo("PR4");
			assertThat(placement.distanceMiles()).isEqualTo(5.0);
			assertThat(placement.current()).isTrue();
		}

		@Test
		void eachFactsSourceIsTheScenarioFileAndTheLineOfItsItem() {
			FactSet facts = parse("""
					as-of: 2026-11-15
					setting: {urn: SC1, type: fostering agency}
					inspections:
					  - {date: 2026-01-10, grade: RI}
					reg44:
					  - visit: 2026-10-05
					    safeguarded: no
					expect: {score: 0}
					""").facts();
			assertThat(facts.settings().get(0).type()).isEqualTo(SettingType.INDEPENDENT_FOSTERING_AGENCY);
			assertThat(facts.inspections().get(0).grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
			assertThat(facts.inspections().get(0).source()).hasToString("rules/tests/x.yml:4");
			assertThat(facts.reg44Reports().get(0).childrenSafeguarded()).isFalse();
			assertThat(facts.reg44Reports().get(0).wellbeingPromoted()).isTrue();
			assertThat(facts.reg44Reports().get(0).source()).hasToString("rules/tests/x.yml:6");
		}

		@Test
		void aMissingEpisodeBelongsToWhereTheChildWasPlacedWhenItStarted() {
			FactSet facts = parse("""
					as-of: 2026-11-15
					setting: {urn: SC1}
					children: [{id: C1, placed: 2026-09-01}]
					placements: [{child: C1, start: 2026-01-01, end: 2026-09-01, urn: SC9}]
					missing:
					  - {child: C1, start: 2026-08-30, interview: 2026-09-02}
					  - {child: C1, start: 2026-10-01, end: 2026-10-03, interview: not offered}
					  - {child: C1, start: 2026-11-01}
					expect: {score: 0}
					""").facts();
			assertThat(facts.missingEpisodes()).extracting(MissingEpisode::urn).containsExactly("SC9", "SC1", "SC1");
			assertThat(facts.missingEpisodes()).extracting(MissingEpisode::rhiRecorded).containsExactly(true, true, false);
			assertThat(facts.missingEpisodes().get(0).rhiOffered()).isEqualTo(LocalDate.of(2026, 9, 2));
			assertThat(facts.missingEpisodes().get(1).rhiOffered()).isNull();
			assertThat(facts.missingEpisodes().get(2).end()).isEqualTo(LocalDate.of(2026, 11, 2));
		}

	}

	@Nested
	class Expectations {

		@Test
		void reasonsAndFlagsInEveryForm() {
			uk.placewise.rulecheck.Expectations expect = parse("""
					as-of: 2026-11-15
					expect:
					  first-visit: 10 working days
					  reasons:
					    - OFS-RI: 25
					    - QA-NEVER
					  reasons-exclude: [OFS-GOOD]
					  flags:
					    - C1 INADEQUATE_SETTING urgent
					    - C2: REPEAT_MISSING
					    - {child: C3, code: INSTABILITY, severity: review}
					""").expect();
			assertThat(expect.firstVisit().value()).isEqualTo(new FirstVisit(10, true));
			assertThat(expect.reasons()).extracting(c -> c.mode()).containsExactly(Mode.EXACTLY, Mode.EXCLUDE);
			assertThat(expect.reasons().get(0).items()).containsExactly(new ExpectedReason("OFS-RI", 25, 5),
					new ExpectedReason("QA-NEVER", null, 6));
			assertThat(expect.flags().get(0).items()).containsExactly(
					new ExpectedFlag("C1", "INADEQUATE_SETTING", "urgent", 9),
					new ExpectedFlag("C2", "REPEAT_MISSING", null, 10),
					new ExpectedFlag("C3", "INSTABILITY", "review", 11));
		}

	}

	@Nested
	class MistakesAreReportedWithTheirLine {

		@Test
		void aMisspeltKey() {
			assertThat(problem("""
					as-of: 2026-11-15
					reg44:
					  - {visit: 2026-10-05, saferguarded: no}
					expect: {score: 0}
					""")).isEqualTo("rules/tests/x.yml:3: unknown key 'saferguarded' in an item of reg44; known keys: "
					+ "outstanding, received, safeguarded, visit, wellbeing");
		}

		@Test
		void aDateThatIsNotADate() {
			assertThat(problem("""
					as-of: 2026-11-15
					children:
					  - id: C1
					    placed: 10/01/2026
					expect: {score: 0}
					""")).isEqualTo("rules/tests/x.yml:4: placed must be a date like 2026-11-15, not '10/01/2026'");
		}

		@Test
		void noAsOfDate() {
			assertThat(problem("expect: {score: 0}\n")).startsWith("rules/tests/x.yml:1: the scenario needs as-of");
		}

		@Test
		void nothingToCheck() {
			assertThat(problem("as-of: 2026-11-15\n")).startsWith("rules/tests/x.yml:1: the scenario has no expect: part");
		}

		@Test
		void aColonInAnUnquotedValue() {
			assertThat(problem("""
					as-of: 2026-11-15
					description: Good: 5 points
					expect: {score: 5}
					""")).isEqualTo("rules/tests/x.yml:2: not valid YAML: mapping values are not allowed here (a value "
					+ "that contains ': ' must be put in quotes, or start with '>' and continue on the next lines)");
		}

		@Test
		void anEmptyExpectation() {
			assertThat(problem("as-of: 2026-11-15\nexpect: {}\n"))
				.isEqualTo("rules/tests/x.yml:2: expect: is empty, so there is nothing to check");
		}

		@Test
		void aBandThatIsNotABand() {
			assertThat(problem("as-of: 2026-11-15\nexpect:\n  band: Amber\n"))
				.isEqualTo("rules/tests/x.yml:3: band must be Critical, High, Medium or Low, not 'Amber'");
		}

		@Test
		void aReasonWithoutItsId() {
			assertThat(problem("as-of: 2026-11-15\nexpect:\n  reasons:\n    - 25\n")).startsWith("rules/tests/x.yml:4: ");
		}

		@Test
		void anInspectionWithBothAGradeAndAnInterimOutcome() {
			assertThatThrownBy(() -> parse("""
					as-of: 2026-11-15
					inspections: [{date: 2026-01-10, grade: Good, interim: Declined in effectiveness}]
					expect: {score: 0}
					"""))
				.hasMessage("rules/tests/x.yml:2: an inspection needs either grade (a full inspection) or interim "
						+ "(an interim outcome)");
		}

	}

}
