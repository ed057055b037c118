package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.store.IngestedFile;

/** Delivering the same facts again stores nothing twice; a changed row keeps its old version in history. */
@NightlyIntegrationTest
class RedeliveryIntegrationTests {

	static final Path DIR = TestFolders.fresh(RedeliveryIntegrationTests.class);

	static final List<String> TABLES = List.of("ofsted_provider", "ofsted_event", "ofsted_inspection", "ofsted_enforcement",
			"ssda903_header", "ssda903_episode", "ssda903_missing", "ssda903_oc2", "ssda903_review", "reg44_report", "reg45_review",
			"qa_visit", "concern", "viability_check", "return_interview", "placement_cost", "council_setting", "postcode");

	@Autowired
	NightlyRun nightly;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSameInboxTwiceStoresNothingTwiceAndReportsEveryFileUnchanged() throws Exception {
		// given
		Path inbox = Path.of("jobs", "sample-inbox");
		NightlyResult first = nightly.run(inbox, DIR.resolve("out-1"), LocalDate.of(2026, 11, 20));
		Map<String, Integer> counts = counts();
		// when
		NightlyResult second = nightly.run(inbox, DIR.resolve("out-1"), LocalDate.of(2026, 11, 21));
		// then
		assertThat(first.completed()).isTrue();
		assertThat(first.files()).hasSize(18).allSatisfy(f -> assertThat(f.status()).isEqualTo("ingested"));
		assertThat(second.completed()).isTrue();
		assertThat(second.files()).hasSize(18).allSatisfy(f -> {
			assertThat(f.status()).isEqualTo("unchanged");
			assertThat(f.rowsUnchanged()).isPositive();
		});
		assertThat(counts()).isEqualTo(counts);
		assertThat(Files.readString(DIR.resolve("out-1/run-summary.json"))).contains("\"status\" : \"unchanged\"")
			.doesNotContain("\"status\" : \"ingested\"");
	}

	@Test
	void aChangedRowReplacesTheStoredOneAndKeepsTheOldInHistory() throws Exception {
		// given
		Path day1 = write("day-1", "urn,visit_date,visit_type,outcome,officer\nSC1,01/10/2026,Announced,Good,A\nSC2,02/10/2026,Announced,Good,B\n");
		Path day2 = write("day-2", "urn,visit_date,visit_type,outcome,officer\nSC1,01/10/2026,Announced,Inadequate,A\nSC2,2026-10-02,Announced,good,B\n");
		nightly.run(day1, DIR.resolve("out-2"), LocalDate.of(2026, 11, 1));
		// when
		NightlyResult result = nightly.run(day2, DIR.resolve("out-2"), LocalDate.of(2026, 11, 2));
		// then
		IngestedFile file = result.files().get(0);
		assertThat(file.rowsAccepted()).isEqualTo(2);
		assertThat(file.rowsUnchanged()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select outcome from qa_visit where urn = 'SC1'", String.class)).isEqualTo("Inadequate");
		assertThat(jdbc.queryForMap("select outcome, replaced_as_of from qa_visit_history where urn = 'SC1'"))
			.containsEntry("outcome", "Good")
			.containsEntry("replaced_as_of", java.sql.Date.valueOf("2026-11-02"));
		assertThat(jdbc.queryForObject("select count(*) from qa_visit_history where urn = 'SC2'", Integer.class)).isZero();
	}

	@Test
	void aWholeExtractDeliveredAgainWritesOnlyItsChangedRowsAndSaysWhatItSaidBefore() throws Exception {
		// given a first delivery and the next day's, whole again: one row changed, one added, one bad, one key twice
		String header = "urn,visit_date,visit_type,outcome,officer\n";
		String same = "SC1,01/10/2026,Announced,Good,A\nSC2,02/10/2026,Announced,Good,B\nSC3,03/10/2026,Announced,Good,C\n";
		Path day1 = write("whole-1", header + same + "SC4,04/10/2026,Announced,Good,D\n");
		Path day2 = write("whole-2", header + same + "SC4,04/10/2026,Announced,Inadequate,D\nSC5,31/02/2026,Announced,Good,E\n"
				+ "SC6,06/10/2026,Announced,Good,F\nSC2,02/10/2026,Announced,Good,B\n");
		NightlyResult first = nightly.run(day1, DIR.resolve("out-3"), LocalDate.of(2026, 11, 1));
		// when
		NightlyResult second = nightly.run(day2, DIR.resolve("out-3"), LocalDate.of(2026, 11, 2));
		// then the counts are those of every row read, the rows stored unchanged are as the first night wrote them
		IngestedFile file = second.files().get(0);
		assertThat(List.of(file.rowsRead(), file.rowsAccepted(), file.rowsRejected(), file.rowsUnchanged()))
			.containsExactly(7, 6, 1, 4);
		assertThat(jdbc.queryForList("select urn from qa_visit where stored_run = ? order by urn", String.class,
				first.runId())).containsExactly("SC1", "SC2", "SC3");
		assertThat(jdbc.queryForList("select urn from qa_visit where stored_run = ? order by urn", String.class,
				second.runId())).containsExactly("SC4", "SC6");
		assertThat(jdbc.queryForList("select outcome from qa_visit_history", String.class)).containsExactly("Good");
		assertThat(jdbc.queryForList("select kind from ingest_warning where run_id = ?", String.class, second.runId()))
			.containsExactly("duplicate-row");
		assertThat(Files.readString(DIR.resolve("out-3/rejects/qa-visits.csv"))).contains("SC5");
	}

	private Path write(String name, String csv) throws Exception {
		Path inbox = Files.createDirectories(DIR.resolve(name));
		Files.writeString(inbox.resolve("qa.csv"), csv);
		return inbox;
	}

	private Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
			counts.put(table + "_history", jdbc.queryForObject("select count(*) from " + table + "_history", Integer.class));
		}
		return counts;
	}
}
