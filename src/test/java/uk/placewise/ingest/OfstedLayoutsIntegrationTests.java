package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.ingest.OfstedLayouts.Home;
import uk.placewise.ingest.OfstedLayouts.Layout;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.store.IngestedFile;

/**
 * Issue 13: a provider list in each layout Ofsted has published since 2015, built here with that
 * year's exact header and a home of each judgement (as that year words it), goes through the real
 * nightly job with a child placed in every home: every row is accepted and each home is scored with
 * the OFS-* reason of its judgement, never OFS-NONE for a judged home. Each year is its own night,
 * as of 30 June, three to nine months after the inspections (so none is stale).
 */
@NightlyIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfstedLayoutsIntegrationTests {

	static final Path DIR = TestFolders.fresh(OfstedLayoutsIntegrationTests.class);

	@Autowired
	NightlyRun nightly;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@Order(2015)
	void the2015ListWithItsHeaderOnRowOneAndTheGradesOfEarlierFrameworks() throws Exception {
		Map<Home, Set<String>> homes = gradedHomes(2015, "Requires Improvement");
		homes.put(Home.judged("SC150006", "Adequate", LocalDate.of(2014, 11, 3)), Set.of("OFS-RI"));
		homes.put(Home.judged("SC150007", "Satisfactory", LocalDate.of(2014, 10, 1)), Set.of("OFS-RI"));
		// a secure training centre's 6-digit URN
		homes.put(new Home("128851", "Secure Training Centre", "Active", "Full inspection", LocalDate.of(2015, 1, 20),
				"Good"), Set.of("OFS-GOOD"));
		// the latest event an interim inspection: its judgement column holds the interim outcome, not a full one
		homes.put(new Home("SC150009", "Children's home", "Active", "Interim inspection", LocalDate.of(2015, 2, 2),
				"Declined in effectiveness"), Set.of("OFS-NONE"));
		scoresEachHomeByItsJudgement(OfstedLayouts.Y2015, homes);
	}

	@Test
	@Order(2016)
	void the2016ListBelowItsGroupingRowWithOnlyAGovernmentOfficeRegion() throws Exception {
		Map<Home, Set<String>> homes = gradedHomes(2016, "Requires improvement");
		homes.put(Home.judged("SC160006", "Adequate", LocalDate.of(2015, 11, 3)), Set.of("OFS-RI"));
		scoresEachHomeByItsJudgement(OfstedLayouts.Y2016, homes);
	}

	@Test
	@Order(2017)
	void the2017ListWithAPublicationDate() throws Exception {
		scoresEachHomeByItsJudgement(OfstedLayouts.Y2017, gradedHomes(2017, "Requires improvement"));
	}

	@Test
	@Order(2018)
	void the2018ListWithAnOrganisationColumn() throws Exception {
		Map<Home, Set<String>> homes = gradedHomes(2018, "Requires improvement");
		homes.put(Home.judged("SC180006", "Adequate", LocalDate.of(2017, 11, 3)), Set.of("OFS-RI"));
		scoresEachHomeByItsJudgement(OfstedLayouts.Y2018, homes);
		assertThat(jdbc.queryForObject("select owner from ofsted_provider where urn = 'SC180001'", String.class))
			.isEqualTo("Layout Care Ltd");
	}

	@Test
	@Order(2019)
	void the2019To2021ListsJudgingOverallExperiencesAndProgress() throws Exception {
		Map<Home, Set<String>> homes = gradedHomes(2019, "Requires Improvement to be good");
		homes.put(new Home("SC190009", "Children's home", "Active", "Interim inspection", LocalDate.of(2019, 2, 2),
				"Sustained effectiveness"), Set.of("OFS-NONE"));
		scoresEachHomeByItsJudgement(OfstedLayouts.Y2019, homes);
	}

	@Test
	@Order(2022)
	void the2022ListWithEveryInspectionColumnPrefixed() throws Exception {
		scoresEachHomeByItsJudgement(OfstedLayouts.Y2022, gradedHomes(2022, "Requires improvement to be good"));
	}

	@Test
	@Order(2023)
	void the2023ListWithItsHeaderOnRowFour() throws Exception {
		scoresEachHomeByItsJudgement(OfstedLayouts.Y2023, gradedHomes(2023, "Requires improvement to be good"));
	}

	@Test
	@Order(2024)
	void anInterimInspectionInOfstedsInYearTableThatDeclinedScoresOfsDeclined() throws Exception {
		// given the 2023 list (latest full inspections) and the in-year table with each home's events
		LocalDate full = LocalDate.of(2022, 10, 3);
		Home declined = Home.judged("SC230101", "Good", full);
		Home improved = Home.judged("SC230102", "Requires improvement to be good", full);
		Map<Home, Set<String>> homes = new LinkedHashMap<>();
		homes.put(declined, Set.of("OFS-GOOD", "OFS-DECLINED"));
		homes.put(improved, Set.of("OFS-RI"));
		Path inbox = Files.createDirectories(DIR.resolve("in-in-year"));
		Files.writeString(inbox.resolve("in_year_2022-23.csv"), OfstedLayouts.IN_YEAR_2025.csv(List.of(declined, improved,
				new Home("SC230101", "Children's home", "Active", "Interim inspection", full.plusMonths(5), "Declined in effectiveness"),
				new Home("SC230102", "Children's home", "Active", "Interim inspection", full.plusMonths(5), "Improved effectiveness"),
				new Home("SC230102", "Children's home", "Active", "Monitoring inspection", full.plusMonths(6), ""))));
		// when, then
		scoresEachHomeByItsJudgement(OfstedLayouts.Y2023, homes, inbox);
		assertThat(jdbc.queryForObject("select count(*) from ofsted_event where urn in ('SC230101', 'SC230102')", Integer.class))
			.isEqualTo(5);
	}

	/** Homes SC<yy>0001-5: Outstanding, Good, RI (as {@code ri} words it), Inadequate, never inspected. */
	private static Map<Home, Set<String>> gradedHomes(int year, String ri) {
		String y = String.valueOf(year % 100);
		Map<Home, Set<String>> homes = new LinkedHashMap<>();
		homes.put(Home.judged("SC" + y + "0001", "Outstanding", LocalDate.of(year - 1, 10, 6)), Set.of());
		homes.put(Home.judged("SC" + y + "0002", "Good", LocalDate.of(year - 1, 12, 1)), Set.of("OFS-GOOD"));
		homes.put(Home.judged("SC" + y + "0003", ri, LocalDate.of(year, 1, 12)), Set.of("OFS-RI"));
		homes.put(Home.judged("SC" + y + "0004", "Inadequate", LocalDate.of(year, 3, 2)), Set.of("OFS-INADEQUATE"));
		homes.put(Home.neverInspected("SC" + y + "0005"), Set.of("OFS-NONE"));
		return homes;
	}

	private void scoresEachHomeByItsJudgement(Layout layout, Map<Home, Set<String>> homes) throws Exception {
		scoresEachHomeByItsJudgement(layout, homes, Files.createDirectories(DIR.resolve("in-" + layout.year())));
	}

	private void scoresEachHomeByItsJudgement(Layout layout, Map<Home, Set<String>> homes, Path inbox) throws Exception {
		// given
		LocalDate asOf = LocalDate.of(Integer.parseInt(layout.year()), 6, 30);
		Files.writeString(inbox.resolve("provider_level_" + layout.year() + ".csv"),
				layout.csv(new ArrayList<>(homes.keySet())), StandardCharsets.UTF_8);
		Files.writeString(inbox.resolve("episodes_" + layout.year() + ".csv"), episodes(layout.year(), homes.keySet()));
		Path out = DIR.resolve("out-" + inbox.getFileName());
		// when
		NightlyResult result = nightly.run(inbox, out, asOf);
		// then
		assertThat(result.completed()).as(result.failure()).isTrue();
		IngestedFile list = result.files()
			.stream()
			.filter(f -> f.fileName().startsWith("provider_level"))
			.findFirst()
			.orElseThrow();
		assertThat(list.feed()).isEqualTo("ofsted-providers");
		assertThat(list.rowsAccepted()).as(list.message()).isEqualTo(homes.size());
		assertThat(result.files()).allSatisfy(f -> assertThat(f.rowsRejected()).as(f.fileName()).isZero());
		Map<String, Set<String>> scored = ProviderRisk.ofstedReasons(out);
		homes.forEach((home, expected) -> assertThat(scored.get(home.urn()))
			.as(layout.year() + " " + home.urn() + " " + home.judgement())
			.isEqualTo(expected));
	}

	/** One child placed in a children's home since the January before, in each home. */
	private static String episodes(String year, Set<Home> homes) {
		StringBuilder csv = new StringBuilder("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
				+ "HOME_POST,PL_POST,URN\n");
		int n = 0;
		for (Home home : homes) {
			csv.append("L").append(year).append(++n).append(",01/01/").append(year).append(",S,C2,N1,K2,PR4,,,,M14 5,M14 6,")
				.append(home.urn())
				.append('\n');
		}
		return csv.toString();
	}
}
