package uk.placewise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.assess.FactWindow;
import uk.placewise.facts.Child;
import uk.placewise.facts.FactSet;
import uk.placewise.facts.Grade;
import uk.placewise.facts.Inspection;
import uk.placewise.facts.MissingEpisode;
import uk.placewise.facts.Placement;
import uk.placewise.facts.SdqScore;
import uk.placewise.facts.Setting;
import uk.placewise.facts.SettingType;

/** The facts built from the committed sample inbox (jobs/sample-inbox) for 20 November 2026. */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactLoaderIntegrationTests {

	static final Path DIR = TestFolders.fresh(FactLoaderIntegrationTests.class);

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	@Autowired
	uk.placewise.nightly.NightlyRun nightly;

	@Autowired
	FactLoader loader;

	FactSet facts;

	@BeforeAll
	void ingestTheSampleInbox() throws Exception {
		nightly.run(Path.of("jobs", "sample-inbox"), DIR.resolve("out"), AS_OF);
		facts = loader.load(AS_OF, FactWindow.DEFAULT.lookBackDays());
	}

	@Test
	void assessesSettingsWithAChildPlacedOrAPlacementConsidered() {
		assertThat(facts.settings()).extracting(Setting::urn)
			.containsExactlyInAnyOrder("SC900001", "SC900002", "SC900003", "2900004", "SC900005", "SC900006");
		assertThat(setting("SC900006").considered()).isTrue();
		assertThat(setting("SC900003").type()).isEqualTo(SettingType.INDEPENDENT_FOSTERING_AGENCY);
		assertThat(setting("SC900005").type()).isEqualTo(SettingType.CHILDRENS_HOME);
		assertThat(setting("SC900001").source().file()).isEqualTo("ofsted_providers_fictitious.csv");
		assertThat(setting("SC900001").source().line()).isEqualTo(5);
	}

	@Test
	void givesEachChildTheirAgeOnTheAsOfDate() {
		assertThat(facts.children()).filteredOn(c -> c.child().equals("C001")).extracting(Child::ageYears).containsExactly(14);
		assertThat(facts.children()).filteredOn(c -> c.child().equals("C004")).extracting(Child::ageYears).containsExactly(15);
	}

	@Test
	void marksTheCurrentPlacementAndMeasuresItsDistance() {
		Placement c002 = facts.placements().stream().filter(p -> p.child().equals("C002") && p.current()).findFirst().orElseThrow();
		assertThat(c002.urn()).isEqualTo("SC900002");
		assertThat(c002.distanceMiles()).isCloseTo(36.9, within(0.1)); // Manchester M14 5 to Leeds LS6 2, straight line;
		assertThat(facts.placements()).filteredOn(p -> p.child().equals("C002")).hasSize(2);
		assertThat(facts.placements()).filteredOn(p -> p.child().equals("C004")).singleElement()
			.satisfies(p -> assertThat(p.urn()).isNull());
	}

	@Test
	void attributesAMissingEpisodeToWhereTheChildWasPlacedWhenItStarted() {
		assertThat(facts.missingEpisodes()).filteredOn(m -> m.child().equals("C002"))
			.extracting(MissingEpisode::start, MissingEpisode::urn)
			.contains(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 6, 1), "SC900001"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 12), "SC900002"));
		MissingEpisode withInterview = facts.missingEpisodes().stream()
			.filter(m -> m.start().equals(LocalDate.of(2026, 10, 25))).findFirst().orElseThrow();
		assertThat(withInterview.rhiRecorded()).isTrue();
		assertThat(withInterview.rhiOffered()).isEqualTo(LocalDate.of(2026, 10, 27));
	}

	@Test
	void datesSdqScoresThirtyFirstMarchOfTheirYearAndSkipsBlankScores() {
		assertThat(facts.sdqScores()).filteredOn(s -> s.child().equals("C002"))
			.extracting(SdqScore::date, SdqScore::score)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 31), 12),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 31), 21));
		assertThat(facts.sdqScores()).noneMatch(s -> s.child().equals("C003"));
	}

	@Test
	void mapsSupportedAccommodationOutcomesAndSaysSo() {
		Inspection elm = facts.inspections().stream().filter(i -> i.urn().equals("2900004")).findFirst().orElseThrow();
		assertThat(elm.grade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
		assertThat(elm.mappedFrom()).isEqualTo("Inconsistent quality of service delivery");
	}

	@Test
	void keepsLatestAndPreviousFullInspectionsAndInterims() {
		assertThat(facts.inspections()).filteredOn(i -> i.urn().equals("SC900002") && i.full())
			.extracting(Inspection::grade).containsExactly(Grade.GOOD, Grade.INADEQUATE);
		assertThat(facts.inspections()).anyMatch(i -> i.urn().equals("SC900001") && !i.full()
				&& "Sustained effectiveness".equals(i.interimOutcome()));
	}

	@Test
	void turnsASuspendedRegistrationIntoASuspension() {
		assertThat(facts.enforcements()).anyMatch(e -> e.urn().equals("SC900005") && e.action().equals("Suspension"));
		assertThat(facts.enforcements()).anyMatch(e -> e.urn().equals("SC900002") && e.action().equals("Restriction of accommodation"));
	}

	@Test
	void loadsTheCouncilsEvidenceForTheAssessedSettings() {
		assertThat(facts.reg44Reports()).hasSize(4);
		assertThat(facts.reg44Reports()).anyMatch(r -> r.urn().equals("SC900002") && Boolean.FALSE.equals(r.childrenSafeguarded()));
		assertThat(facts.reg44Reports()).anyMatch(r -> r.urn().equals("SC900005") && r.wellbeingPromoted() == null);
		assertThat(facts.qaVisits()).anyMatch(q -> q.urn().equals("SC900002") && q.outcome() == Grade.REQUIRES_IMPROVEMENT);
		assertThat(facts.concerns()).hasSize(3);
		assertThat(facts.viabilityChecks()).extracting(v -> v.providerKey())
			.containsExactlyInAnyOrder("brightpath care ltd", "northway homes ltd", "crestline childcare ltd");
	}

	@Test
	void leavesOutFactsDatedAfterTheAsOfDate() {
		FactSet earlier = loader.load(LocalDate.of(2026, 6, 1), FactWindow.DEFAULT.lookBackDays());
		assertThat(earlier.inspections()).noneMatch(i -> i.date().isAfter(LocalDate.of(2026, 6, 1)));
		assertThat(earlier.placements()).noneMatch(p -> p.child().equals("C004"));
	}

	private Setting setting(String urn) {
		return facts.settings().stream().filter(s -> s.urn().equals(urn)).findFirst().orElseThrow();
	}
}
