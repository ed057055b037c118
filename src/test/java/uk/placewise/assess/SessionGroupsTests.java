package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.placewise.assess.Night.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import uk.placewise.RulesCopy;
import uk.placewise.facts.FactSet;
import uk.placewise.facts.Grade;
import uk.placewise.facts.Setting;
import uk.placewise.facts.SettingType;

/**
 * A night too big for one session is split into groups of settings, but never inside a provider: a rule
 * about a provider sees every one of its settings, however many sessions the night takes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionGroupsTests {

	/** A provider-level factor: 20 points to each setting of a provider with 2 or more Inadequate settings. */
	static final String PROVIDER_RULE = """
			package uk.placewise.rules;
			import uk.placewise.facts.Setting;
			import uk.placewise.facts.Inspection;
			import uk.placewise.facts.Grade;
			import uk.placewise.assess.Reason;

			rule "PRV-INADEQUATE"
			when
			    Setting( $u : urn, $p : providerKey, providerKey != "" )
			    accumulate( Setting( providerKey == $p, $o : urn )
			                and Inspection( urn == $o, full, grade == Grade.INADEQUATE );
			                $homes : count(); $homes >= 2 )
			then
			    insert( new Reason( $u, "PRV-INADEQUATE", 20, $p + ": " + $homes + " Inadequate settings", null, null ) );
			end
			""";

	static final int SETTINGS = 40;

	static final int PER_SESSION = 5;

	@TempDir
	static Path temp;

	RuleBase rules;

	@BeforeAll
	void compileTheRulesWithAProviderRule() {
		rules = RulesCopy.of(temp).write("provider.drl", PROVIDER_RULE).compile();
	}

	@Test
	void aProvidersSettingsFarApartInTheNightAreInOneSession() {
		SessionGroups groups = SessionGroups.of(nightOfManyProviders(), PER_SESSION);
		assertThat(groups.groups()).hasSizeGreaterThanOrEqualTo(SETTINGS / PER_SESSION);
		assertThat(groups.groups()).filteredOn(g -> g.urns().contains(urn(0))).singleElement()
			.satisfies(g -> assertThat(g.urns()).contains(urn(SETTINGS - 1)));
	}

	@Test
	void aProviderLevelRuleSeesTheWholeProviderAcrossManySessions() {
		Assessment assessment = new Assessor(rules).assess(nightOfManyProviders(), PER_SESSION);
		assertThat(reasons(assessment, urn(0))).containsExactly("PRV-INADEQUATE");
		assertThat(reasons(assessment, urn(SETTINGS - 1))).containsExactly("PRV-INADEQUATE");
		assertThat(reasons(assessment, urn(1))).isEmpty();
	}

	@Test
	void aNightInManySessionsGivesWhatOneSessionGives() {
		Assessor assessor = new Assessor(rules);
		Assessment one = assessor.assess(nightOfManyProviders(), Integer.MAX_VALUE);
		Assessment many = assessor.assess(nightOfManyProviders(), PER_SESSION);
		assertThat(many.settings()).containsExactlyInAnyOrderElementsOf(one.settings());
		assertThat(one.settings()).anyMatch(s -> s.reasons().stream().anyMatch(r -> r.ruleId().equals("PRV-INADEQUATE")));
	}

	/**
	 * 40 fostering agencies recently judged Good, each of its own provider, except the first and the last:
	 * both Inadequate and both owned by Big Care Ltd.
	 */
	static FactSet nightOfManyProviders() {
		List<Object> facts = new ArrayList<>();
		for (int i = 0; i < SETTINGS; i++) {
			boolean big = i == 0 || i == SETTINGS - 1;
			facts.add(new Setting(urn(i), "Agency " + i, big ? "Big Care Ltd" : "Provider " + i,
					SettingType.INDEPENDENT_FOSTERING_AGENCY, "Independent Fostering Agency", true, "Active",
					LocalDate.of(2015, 1, 5), "M1 1AA", false, source("settings.csv", i + 2)));
			facts.add(full(urn(i), monthsAgo(2), big ? Grade.INADEQUATE : Grade.GOOD));
		}
		return night().with(facts.toArray()).facts();
	}

	static String urn(int i) {
		return String.format("SC7%05d", i);
	}

	static List<String> reasons(Assessment assessment, String urn) {
		return assessment.settings()
			.stream()
			.filter(s -> s.setting().urn().equals(urn))
			.flatMap(s -> s.reasons().stream())
			.map(Reason::ruleId)
			.filter(id -> id.startsWith("PRV-"))
			.toList();
	}
}
