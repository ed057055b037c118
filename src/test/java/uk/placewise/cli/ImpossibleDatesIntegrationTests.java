package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.cli.TruthNights.Night;

/**
 * Dates that cannot be true are not taken in silence: an end before its start ({@code order} in the feed
 * definition) is rejected; a date after the as-of date ({@code not-after: as-of}) is stored for the night
 * it is real on, left out of tonight's rules and named in the summary, never with a date of birth's value.
 */
@NightlyIntegrationTest
class ImpossibleDatesIntegrationTests {

	static final Path DIR = TestFolders.fresh(ImpossibleDatesIntegrationTests.class);

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	TruthNights nights() {
		return new TruthNights(context, DIR);
	}

	@Test
	void aDateOfBirthAfterTheAsOfDateIsNamedByLineNeverByValue() throws Exception {
		// given
		Path inbox = nights().inbox("dob", "header.csv", TruthNights.csv("CHILD,SEX,DOB,ETHNIC",
				"ID001,1,14/02/2012,WBRI", "ID002,2,17/03/2027,WBRI"));
		// when
		Night night = nights().nightly(inbox, "dob-out", AS_OF);
		// then
		assertThat(night.exit()).isZero();
		assertThat(night.line()).contains("header.csv (1 row dated after the as-of date)").doesNotContain("2027");
		assertThat(night.warning("header.csv", "after-as-of").get("message").asString()).contains("DOB on line 3")
			.doesNotContain("2027");
		assertThat(Files.readString(DIR.resolve("dob-out/run-summary.json"))).doesNotContain("17/03/2027")
			.doesNotContain("2027-03-17");
		assertThat(jdbc.queryForObject("select count(*) from ssda903_header where child = 'ID002'", Integer.class)).isOne();
	}

	@Test
	void aMissingEpisodeThatEndsBeforeItStartsIsRejectedWithItsDateOfBirthRemoved() throws Exception {
		// given
		Path inbox = nights().inbox("missing", "missing.csv", TruthNights.csv("CHILD,DOB,MISSING,MIS_START,MIS_END",
				"ID101,14/02/2012,M,05/10/2026,01/10/2026", "ID102,14/02/2012,M,05/10/2026,06/10/2026"));
		// when
		Night night = nights().nightly(inbox, "missing-out", AS_OF);
		// then
		assertThat(night.exit()).isZero();
		assertThat(Files.readString(DIR.resolve("missing-out/rejects/ssda903-missing.csv")))
			.contains("ID101,[removed],M,05/10/2026,01/10/2026,missing.csv,2,"
					+ "MIS_END: 01/10/2026 is before MIS_START 05/10/2026 (an end before its start)")
			.doesNotContain("14/02/2012");
		assertThat(jdbc.queryForObject("select count(*) from ssda903_missing where child in ('ID101', 'ID102')",
				Integer.class)).isOne();
	}

	@Test
	void aPlacementThatEndsBeforeItStartsIsRejected() throws Exception {
		// given
		Path inbox = nights().inbox("episodes", "episodes.csv",
				TruthNights.csv(EPISODES, "ID201,01/06/2026,S,C2,N1,K2,PR4,01/05/2026,E11,,M14 5,SK9 1,SC900001"));
		// when
		nights().nightly(inbox, "episodes-out", AS_OF);
		// then
		assertThat(Files.readString(DIR.resolve("episodes-out/rejects/ssda903-episodes.csv")))
			.contains("episodes.csv,2,DEC: 01/05/2026 is before DECOM 01/06/2026 (an end before its start)");
	}

	@Test
	void aFileWithAFutureDateIsCheckedAgainEachNightAndStopsWarningWhenTheNightReachesIt() throws Exception {
		// given a placement starting after the first night's as-of date
		Path inbox = nights().inbox("future", "episodes.csv",
				TruthNights.csv(EPISODES, "ID301,25/11/2026,S,C2,N1,K2,PR4,,,,M14 5,SK9 1,SC900001"));
		Night first = nights().nightly(inbox, "future-out", AS_OF);
		// when the same inbox is run on a night still before that date, then on one after it
		Night before = nights().nightly(inbox, "future-out", LocalDate.of(2026, 11, 22));
		Night later = nights().nightly(inbox, "future-out", LocalDate.of(2026, 11, 30));
		// then
		assertThat(first.line()).contains("episodes.csv (1 row dated after the as-of date)");
		assertThat(first.warning("episodes.csv", "after-as-of").get("message").asString())
			.contains("DECOM on line 2").contains("stored, and left out of the rules until that date");
		assertThat(before.warning("episodes.csv", "after-as-of").get("message").asString())
			.startsWith("1 row dated after the as-of date 2026-11-22");
		assertThat(later.hasWarning("after-as-of")).isFalse();
		assertThat(later.line()).startsWith("placewise nightly: ok: ");
	}
}
