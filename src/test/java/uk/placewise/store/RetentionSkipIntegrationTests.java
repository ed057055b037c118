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
 * Retention that costs nothing on a night where nothing can have aged out (issue 17): the night after a
 * scan, with nothing ingested since and the cutoff not past the next child due to expire, reads no
 * child's facts and says what a scan finding nothing says; a night whose cutoff passes that child, or
 * whose inbox changed a row, scans again and purges as ever. Seven years; EDGE7 left care on 2019-11-20,
 * exactly seven years before the first night.
 */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionSkipIntegrationTests {

	static final Path DIR = TestFolders.fresh(RetentionSkipIntegrationTests.class);

	static final LocalDate FIRST = LocalDate.of(2026, 11, 20);

	static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
			+ "LEFT6,01/01/2016,S,C2,N1,K2,PR4,20/11/2020,E4A,,M14 5,SK9 1,SC900001\n"
			+ "EDGE7,01/01/2016,S,C2,N1,K2,PR4,20/11/2019,E4A,,M14 5,SK9 1,SC900001\n"
			+ "INCARE,01/01/2010,S,C2,N1,K2,PR4,,,,M14 5,SK9 1,SC900001\n";

	static final String HEADER = "CHILD,SEX,DOB,ETHNIC\nLEFT6,2,01/01/2003,WBRI\nEDGE7,2,01/01/2002,WBRI\n"
			+ "INCARE,1,01/01/2009,WBRI\n";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("placewise.retention.years", () -> "7");
	}

	@Autowired
	NightlyRun nightly;

	@Autowired
	JdbcTemplate jdbc;

	NightlyResult scanned;

	NightlyResult unchanged;

	NightlyResult aDayLater;

	NightlyResult changedInbox;

	@BeforeAll
	void runFourNights() throws Exception {
		Path inbox = inbox("same", EPISODES, HEADER);
		scanned = nightly.run(inbox, DIR.resolve("out-1"), FIRST);
		unchanged = nightly.run(inbox, DIR.resolve("out-2"), FIRST);
		aDayLater = nightly.run(inbox, DIR.resolve("out-3"), FIRST.plusDays(1));
		changedInbox = nightly.run(inbox("changed", EPISODES, HEADER + "NEWKID,1,01/01/2012,WBRI\n"),
				DIR.resolve("out-4"), FIRST.plusDays(1));
	}

	@Test
	void aNightWithNothingIngestedAndNoOneDueRestsOnTheEarlierScan() {
		assertThat(List.of(scanned.completed(), unchanged.completed())).containsOnly(true);
		assertThat(scannedRun(scanned)).isEqualTo(scanned.runId());
		assertThat(scannedRun(unchanged)).isEqualTo(scanned.runId());
	}

	@Test
	void aNightRestingOnAScanSaysWhatTheScanThatFoundNothingSaid() throws IOException {
		assertThat(retention("out-2")).isEqualTo(retention("out-1"));
		assertThat(retention("out-2").get("total_rows_purged").asInt()).isZero();
	}

	@Test
	void aCutoffPastTheNextChildDueScansAndPurgesThem() throws IOException {
		assertThat(aDayLater.completed()).isTrue();
		assertThat(scannedRun(aDayLater)).isEqualTo(aDayLater.runId());
		assertThat(retention("out-3").get("children_purged").asInt()).isEqualTo(1);
		assertThat(jdbc.queryForList("select child from ssda903_episode", String.class)).doesNotContain("EDGE7")
			.contains("LEFT6", "INCARE");
	}

	@Test
	void aNightThatIngestedAChangedRowScansAgain() {
		assertThat(changedInbox.completed()).isTrue();
		assertThat(scannedRun(changedInbox)).isEqualTo(changedInbox.runId());
	}

	private long scannedRun(NightlyResult night) {
		return jdbc.queryForObject("select scanned_run from retention_run where run_id = ?", Long.class, night.runId());
	}

	private JsonNode retention(String out) throws IOException {
		return JsonMapper.builder().build().readTree(DIR.resolve(out).resolve("run-summary.json").toFile()).get("retention");
	}

	private Path inbox(String name, String... files) throws IOException {
		Path inbox = Files.createDirectories(DIR.resolve("inbox-" + name));
		for (int i = 0; i < files.length; i++) {
			Files.writeString(inbox.resolve("feed-" + i + ".csv"), files[i]);
		}
		return inbox;
	}
}
