package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.store.IngestedFile;

/**
 * Issue 13: Ofsted's 2025 publication, its sheets saved as CSV with their real title rows and headers
 * (src/test/resources/ofsted/other-tables), in one inbox with the real provider list. The in-year
 * sheet (one row per inspection event) feeds the inspection history; the providers-and-places,
 * supported accommodation premises and leavers-and-joiners sheets, and 2018's second list, share the
 * provider list's URN, provision type and registration status columns but are not a feed: none of
 * them is stored, so none overwrites a judgement.
 */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfstedOtherTablesIntegrationTests {

	static final Path DIR = TestFolders.fresh(OfstedOtherTablesIntegrationTests.class);

	static final Path OUT = DIR.resolve("out");

	static final Set<String> NOT_FEEDS = Set.of("providers_places_2025.csv", "sa_premises_2025.csv",
			"leavers_joiners_2025.csv", "providers_and_places_2018.csv");

	@Autowired
	NightlyRun nightly;

	@Autowired
	JdbcTemplate jdbc;

	NightlyResult result;

	@BeforeAll
	void runTheNight() throws Exception {
		// given
		Path inbox = TestFolders.inbox(DIR, "in", TestFolders.resources("ofsted"), "provider_at_march_2025.csv");
		for (String sheet : Set.of("in_year_2024-25.csv", "providers_places_2025.csv", "sa_premises_2025.csv",
				"leavers_joiners_2025.csv")) {
			Files.copy(TestFolders.resources("ofsted").resolve("other-tables").resolve(sheet), inbox.resolve(sheet));
		}
		Files.writeString(inbox.resolve("providers_and_places_2018.csv"), OfstedLayouts.PROVIDERS_AND_PLACES_2018);
		// a child placed in each home the in-year sheet has several events for
		Files.writeString(inbox.resolve("episodes.csv"), """
				CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN
				Y1,01/01/2024,S,C2,N1,K2,PR4,,,,M14 5,M14 6,SC476270
				Y2,01/01/2024,S,C2,N1,K2,PR4,,,,M14 5,M14 6,1231311
				Y3,01/01/2024,S,C2,N1,K2,PR4,,,,M14 5,M14 6,1240802
				Y4,01/01/2025,S,C2,N1,K3,PR4,,,,M14 5,M14 6,2753654
				""");
		// when
		result = nightly.run(inbox, OUT, LocalDate.of(2025, 6, 30));
	}

	@Test
	void readsTheInYearSheetAsOfstedsInspectionEventsEveryRowAccepted() {
		assertThat(result.completed()).as(result.failure()).isTrue();
		IngestedFile inYear = file("in_year_2024-25.csv");
		assertThat(inYear.feed()).isEqualTo("ofsted-in-year");
		assertThat(inYear.rowsAccepted()).as(inYear.message()).isEqualTo(14);
		assertThat(inYear.rowsRejected()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from ofsted_event where urn = 'SC476270'", Integer.class)).isEqualTo(5);
	}

	@Test
	void reportsEveryOtherTableAsNotAFeedAndStoresNothingOfIt() {
		for (String name : NOT_FEEDS) {
			assertThat(file(name).status()).as(name).isEqualTo("unrecognised");
			assertThat(file(name).rowsAccepted()).isZero();
		}
		for (String name : Set.of("providers_places_2025.csv", "sa_premises_2025.csv", "providers_and_places_2018.csv")) {
			assertThat(file(name).message()).as(name)
				.startsWith("looks like ofsted-providers")
				.contains("none of the columns Latest full inspection date", "another table, not a feed");
		}
		assertThat(file("provider_at_march_2025.csv").rowsAccepted()).isEqualTo(5600);
		assertThat(jdbc.queryForList("select distinct source_file from ofsted_provider", String.class))
			.containsExactly("provider_at_march_2025.csv");
		assertThat(jdbc.queryForObject("select count(*) from ofsted_provider_history", Integer.class)).isZero();
	}

	@Test
	void aDeclineWithinTheYearScoresOfsDeclinedFromOfstedsOwnPublication() throws Exception {
		// SC476270: full inspections 2024-04-23 Requires improvement, 2025-01-21 Inadequate (the provider
		// list has only the latest)
		assertThat(ProviderRisk.ofstedReasons(OUT).get("SC476270"))
			.containsExactlyInAnyOrder("OFS-INADEQUATE", "OFS-DECLINED");
		assertThat(jdbc.queryForObject("select fact from setting_reason where urn = 'SC476270' and rule_id = 'OFS-DECLINED'",
				String.class))
			.contains("Inadequate, down from Requires improvement to be good on 2024-04-23");
	}

	@Test
	void anInadequateJudgementEarlierInTheYearScoresHisInadequateThoughTheLatestIsBetter() throws Exception {
		// 1231311: Inadequate 2024-06-04, monitoring 2024-08-02, Requires improvement 2024-09-24
		assertThat(ProviderRisk.ofstedReasons(OUT).get("1231311")).containsExactly("OFS-RI");
		assertThat(ProviderRisk.reasons(OUT, "HIS-").get("1231311")).containsExactly("HIS-INADEQUATE");
		// 1240802: Requires improvement 2024-06-11, then an assurance visit: no history to score
		assertThat(ProviderRisk.reasons(OUT, "HIS-").get("1240802")).isEmpty();
	}

	@Test
	void aSupportedAccommodationOutcomeInTheInYearSheetIsAFullJudgement() throws Exception {
		// 2753654: "Full Inspection" 2024-10-23, Inconsistent quality of service delivery (scored as RI)
		assertThat(ProviderRisk.ofstedReasons(OUT).get("2753654")).containsExactly("OFS-RI");
	}

	private IngestedFile file(String name) {
		Map<String, IngestedFile> byName = result.files().stream().collect(Collectors.toMap(IngestedFile::fileName, f -> f));
		assertThat(byName).containsKey(name);
		return byName.get(name);
	}
}
