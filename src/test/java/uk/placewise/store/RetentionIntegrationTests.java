package uk.placewise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;

/**
 * Retention (placewise.retention.years, 7 here): a child's whole record, history included, is purged
 * when they left care more than seven years before the as-of date; a child who left six years ago, one
 * who left exactly seven years ago and one still looked after are kept, however old their facts.
 */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionIntegrationTests {

	static final Path DIR = TestFolders.fresh(RetentionIntegrationTests.class);

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	static final List<String> PURGED = List.of("LEFT8", "ORPHAN");

	static final List<String> KEPT = List.of("LEFT6", "EDGE7", "INCARE");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("placewise.retention.years", () -> "7");
	}

	@Autowired
	NightlyRun nightly;

	@Autowired
	JdbcTemplate jdbc;

	NightlyResult first;

	NightlyResult result;

	JsonNode retention;

	@BeforeAll
	void runANightIn2018ThenTonight() throws Exception {
		// given: in 2018 the episodes were delivered once; tonight a changed version puts the old one in history
		first = nightly.run(inbox("2018", episodes("S")), DIR.resolve("out-2018"), LocalDate.of(2018, 12, 31));
		// when
		result = nightly.run(inbox("tonight", episodes("L"), header(), missing(), oc2(), returnInterviews(), costs()),
				DIR.resolve("out"), AS_OF);
		// then
		retention = JsonMapper.builder().build().readTree(DIR.resolve("out/run-summary.json").toFile()).get("retention");
	}

	@Test
	void purgesNothingWhileEveryoneIsWithinTheRetentionPeriod() throws IOException {
		assertThat(first.completed()).isTrue();
		JsonNode then = JsonMapper.builder().build().readTree(DIR.resolve("out-2018/run-summary.json").toFile());
		assertThat(then.get("retention").get("total_rows_purged").asInt()).isZero();
	}

	@Test
	void purgesTheWholeRecordOfAChildWhoLeftCareEightYearsAgoHistoryIncluded() {
		assertThat(result.completed()).isTrue();
		for (String table : RetentionPurge.TABLES) {
			assertThat(children(table)).as(table).doesNotContainAnyElementsOf(PURGED);
			assertThat(children(table + "_history")).as(table + "_history").doesNotContainAnyElementsOf(PURGED);
		}
	}

	@Test
	void keepsAChildWhoLeftSixYearsAgoAndOneWhoLeftExactlySevenYearsAgo() {
		assertThat(children("ssda903_header")).contains("LEFT6", "EDGE7");
		assertThat(children("ssda903_episode")).contains("LEFT6", "EDGE7");
		assertThat(children("placement_cost")).contains("LEFT6");
	}

	@Test
	void neverPurgesAChildStillLookedAfterEvenTheirOldestFacts() {
		assertThat(children("ssda903_header")).contains("INCARE");
		assertThat(children("ssda903_missing")).contains("INCARE");
	}

	@Test
	void saysInTheRunSummaryHowManyRowsWerePurgedFromEachTable() {
		assertThat(retention.get("years").asInt()).isEqualTo(7);
		assertThat(retention.get("purged_before").asString()).isEqualTo("2019-11-20");
		assertThat(retention.get("children_purged").asInt()).isEqualTo(2);
		JsonNode rows = retention.get("rows_purged");
		assertThat(rows.get("ssda903_header").asInt()).isEqualTo(1);
		assertThat(rows.get("ssda903_episode").asInt()).isEqualTo(1);
		assertThat(rows.get("ssda903_episode_history").asInt()).isEqualTo(1);
		assertThat(rows.get("ssda903_missing").asInt()).isEqualTo(2);
		assertThat(rows.get("ssda903_oc2").asInt()).isEqualTo(1);
		assertThat(rows.get("return_interview").asInt()).isEqualTo(1);
		assertThat(rows.get("placement_cost").asInt()).isEqualTo(1);
		assertThat(retention.get("total_rows_purged").asInt()).isEqualTo(8);
	}

	static String episodes(String rne) {
		return "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
				+ "LEFT8,01/01/2015," + rne + ",C2,N1,K2,PR4,20/11/2018,E4A,,M14 5,SK9 1,SC900001\n"
				+ "LEFT6,01/01/2016,S,C2,N1,K2,PR4,20/11/2020,E4A,,M14 5,SK9 1,SC900001\n"
				+ "EDGE7,01/01/2016,S,C2,N1,K2,PR4,20/11/2019,E4A,,M14 5,SK9 1,SC900001\n"
				+ "INCARE,01/01/2010,S,C2,N1,K2,PR4,,,,M14 5,SK9 1,SC900001\n";
	}

	static String header() {
		return "CHILD,SEX,DOB,ETHNIC\nLEFT8,1,01/01/2001,WBRI\nLEFT6,2,01/01/2003,WBRI\nEDGE7,2,01/01/2002,WBRI\n"
				+ "INCARE,1,01/01/2009,WBRI\n";
	}

	static String missing() {
		// ORPHAN has no episode: their last dated fact, a missing episode in 2015, decides
		return "CHILD,DOB,MISSING,MIS_START,MIS_END\nLEFT8,01/01/2001,M,01/06/2017,02/06/2017\n"
				+ "ORPHAN,01/01/2000,M,01/06/2015,02/06/2015\nINCARE,01/01/2009,M,01/06/2012,02/06/2012\n";
	}

	static String oc2() {
		return "CHILD,DOB,SDQ_SCORE,SDQ_REASON,YEAR\nLEFT8,01/01/2001,14,,2018\nLEFT6,01/01/2003,12,,2020\n";
	}

	static String returnInterviews() {
		return "child,mis_start,offered_date,completed_date\nLEFT8,01/06/2017,03/06/2017,04/06/2017\n";
	}

	static String costs() {
		return "child,urn,start_date,end_date,weekly_cost,placement_type\n"
				+ "LEFT8,SC900001,01/01/2015,20/11/2018,4000,residential\n"
				+ "LEFT6,SC900001,01/01/2016,20/11/2020,4000,residential\n";
	}

	private Path inbox(String name, String... files) throws IOException {
		Path inbox = Files.createDirectories(DIR.resolve("inbox-" + name));
		for (int i = 0; i < files.length; i++) {
			Files.writeString(inbox.resolve("feed-" + i + ".csv"), files[i]);
		}
		return inbox;
	}

	private List<String> children(String table) {
		return jdbc.queryForList("select child from " + table, String.class);
	}
}
