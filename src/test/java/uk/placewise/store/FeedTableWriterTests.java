package uk.placewise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The upsert gives the same counts, rows and history whether the table's keys are held in memory or,
 * past the bound that keeps a huge file within the heap, looked up batch by batch.
 */
class FeedTableWriterTests {

	static final FeedTable VISITS = new FeedTable("visit", List.of("urn", "outcome"), new int[] { Types.VARCHAR,
			Types.VARCHAR }, List.of("urn"));

	@ParameterizedTest(name = "at most {0} keys held")
	@ValueSource(ints = { FeedTableWriter.MAX_CACHED, 1 })
	void countsNewChangedAndUnchangedRowsAlikeHeldOrLookedUp(int maxCached) {
		// given a stored row and one that will be changed
		JdbcTemplate jdbc = database("w" + maxCached);
		FeedTableWriter first = new FeedTableWriter(jdbc, VISITS, "a.csv", 1, LocalDate.of(2026, 11, 1), maxCached);
		first.add(new Object[] { "SC1", "Good" }, 2);
		first.add(new Object[] { "SC2", "Good" }, 3);
		first.finish();
		// when a file repeats one, changes the other, adds a third and delivers it twice
		FeedTableWriter second = new FeedTableWriter(jdbc, VISITS, "b.csv", 2, LocalDate.of(2026, 11, 2), maxCached);
		second.add(new Object[] { "SC1", "Good" }, 2);
		second.add(new Object[] { "SC2", "Inadequate" }, 3);
		second.add(new Object[] { "SC3", "Good" }, 4);
		second.add(new Object[] { "SC3", "Outstanding" }, 5);
		StoreCounts counts = second.finish();
		// then
		assertThat(counts).isEqualTo(new StoreCounts(1, 2, 1));
		assertThat(jdbc.queryForList("select outcome from visit order by nk", String.class))
			.containsExactly("Good", "Inadequate", "Outstanding");
		assertThat(jdbc.queryForList("select outcome from visit_history order by nk, replaced_run", String.class))
			.containsExactly("Good", "Good");
	}

	private static JdbcTemplate database(String name) {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
		JdbcTemplate jdbc = new JdbcTemplate(h2);
		String columns = "nk varchar(1000) not null primary key, urn varchar(500), outcome varchar(500),"
				+ " source_file varchar(500) not null, source_line bigint not null, row_hash char(40) not null,"
				+ " first_seen_run bigint not null, last_seen_run bigint not null, stored_run bigint not null,"
				+ " stored_as_of date not null";
		jdbc.execute("create table visit (" + columns + ")");
		jdbc.execute("create table visit_history (" + columns.replace(" primary key", "")
				+ ", replaced_run bigint, replaced_as_of date)");
		return jdbc;
	}
}
