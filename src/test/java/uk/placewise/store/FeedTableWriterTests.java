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

	@ParameterizedTest(name = "at most {0} keys held")
	@ValueSource(ints = { FeedTableWriter.MAX_CACHED, 1 })
	void anUnchangedRowIsCountedButNotWritten(int maxCached) {
		// given a row stored by run 1 from a.csv
		JdbcTemplate jdbc = database("u" + maxCached);
		FeedTableWriter first = new FeedTableWriter(jdbc, VISITS, "a.csv", 1, LocalDate.of(2026, 11, 1), maxCached);
		first.add(new Object[] { "SC1", "Good" }, 2);
		first.finish();
		// when run 2 delivers it again, on another line of another file
		FeedTableWriter second = new FeedTableWriter(jdbc, VISITS, "b.csv", 2, LocalDate.of(2026, 11, 2), maxCached);
		second.add(new Object[] { "SC1", "Good" }, 7);
		// then it is counted unchanged and the stored row is as run 1 wrote it
		assertThat(second.finish()).isEqualTo(new StoreCounts(0, 0, 1));
		assertThat(jdbc.queryForList("select source_file, source_line, last_seen_run, stored_run from visit"))
			.singleElement()
			.satisfies(row -> assertThat(row.values()).containsExactly("a.csv", 2L, 1L, 1L));
		assertThat(jdbc.queryForObject("select count(*) from visit_history", Integer.class)).isZero();
	}

	@ParameterizedTest(name = "at most {0} keys held")
	@ValueSource(ints = { FeedTableWriter.MAX_CACHED, 1 })
	void aRowChangedAndChangedBackInOneFileEndsAsTheFileSaysLast(int maxCached) {
		// given a stored row
		JdbcTemplate jdbc = database("b" + maxCached);
		FeedTableWriter first = new FeedTableWriter(jdbc, VISITS, "a.csv", 1, LocalDate.of(2026, 11, 1), maxCached);
		first.add(new Object[] { "SC1", "Good" }, 2);
		first.finish();
		// when a file changes it and then, further down, gives it back its stored values
		FeedTableWriter second = new FeedTableWriter(jdbc, VISITS, "b.csv", 2, LocalDate.of(2026, 11, 2), maxCached);
		assertThat(second.add(new Object[] { "SC1", "Inadequate" }, 2)).isNull();
		FeedTableWriter.Repeat repeat = second.add(new Object[] { "SC1", "Good" }, 3);
		// then the later row wins, both earlier versions are in history, and the repeat is named
		assertThat(second.finish()).isEqualTo(new StoreCounts(0, 2, 0));
		assertThat(repeat).isEqualTo(new FeedTableWriter.Repeat(2, false));
		assertThat(jdbc.queryForObject("select outcome from visit", String.class)).isEqualTo("Good");
		assertThat(jdbc.queryForList("select outcome from visit_history order by source_line", String.class))
			.containsExactly("Good", "Inadequate");
	}

	@ParameterizedTest(name = "at most {0} keys held")
	@ValueSource(ints = { FeedTableWriter.MAX_CACHED, 1 })
	void aRowRepeatedIdenticallyInAFileIsUnchangedAndSaidIdentical(int maxCached) {
		JdbcTemplate jdbc = database("r" + maxCached);
		FeedTableWriter first = new FeedTableWriter(jdbc, VISITS, "a.csv", 1, LocalDate.of(2026, 11, 1), maxCached);
		first.add(new Object[] { "SC1", "Good" }, 2);
		first.finish();
		FeedTableWriter second = new FeedTableWriter(jdbc, VISITS, "b.csv", 2, LocalDate.of(2026, 11, 2), maxCached);
		second.add(new Object[] { "SC1", "Good" }, 2);
		assertThat(second.add(new Object[] { "SC1", "Good" }, 3)).isEqualTo(new FeedTableWriter.Repeat(2, true));
		assertThat(second.finish()).isEqualTo(new StoreCounts(0, 0, 2));
		assertThat(jdbc.queryForObject("select count(*) from visit_history", Integer.class)).isZero();
	}

	@org.junit.jupiter.api.Test
	void aRowThatHashesLikeAnotherKeysRowIsStoredUnderItsOwnKey() {
		// given a stored row whose outcome holds the unit separator the row hash joins values with
		JdbcTemplate jdbc = database("sep");
		FeedTableWriter first = new FeedTableWriter(jdbc, VISITS, "a.csv", 1, LocalDate.of(2026, 11, 1));
		first.add(new Object[] { "SC1", "\u001fGood" }, 2);
		first.finish();
		// when another key's row has the same values joined
		FeedTableWriter second = new FeedTableWriter(jdbc, VISITS, "b.csv", 2, LocalDate.of(2026, 11, 2));
		second.add(new Object[] { "SC1\u001f", "Good" }, 2);
		// then it is new, not taken for the stored row
		assertThat(second.finish()).isEqualTo(new StoreCounts(1, 0, 0));
		assertThat(jdbc.queryForObject("select count(*) from visit", Integer.class)).isEqualTo(2);
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
