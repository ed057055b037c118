package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.cli.TruthNights.Night;

/**
 * An export that drops trailing empty cells is read as if they were empty, a row with extra non-empty
 * cells is still rejected, and a file most of whose rows are rejected is named in the one-line summary.
 */
@NightlyIntegrationTest
class ShortRowsIntegrationTests {

	static final Path DIR = TestFolders.fresh(ShortRowsIntegrationTests.class);

	static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rowsThatDropTrailingEmptyCellsAreReadAsIfTheCellsWereEmpty() throws Exception {
		// given open placements whose DEC, REC, ... URN are empty and left off the end of each row
		TruthNights nights = new TruthNights(context, DIR);
		Path inbox = nights.inbox("short", "episodes.csv", TruthNights.csv(EPISODES, "SR001,01/03/2026,S,C2,N1,K2,PR4",
				"SR002,01/04/2026,S,C2,N1,K2,PR4,,,,M14 5", "SR003,01/05/2026,S,C2,N1"));
		// when
		Night night = nights.nightly(inbox, "short-out", LocalDate.of(2026, 11, 20));
		// then
		assertThat(night.exit()).isZero();
		assertThat(night.summary().get("inputs").get(0).get("message").asString())
			.contains("3 rows shorter than the header read with the missing last cells empty");
		assertThat(jdbc.queryForObject("select count(*) from ssda903_episode where child like 'SR%' and dec is null",
				Integer.class)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select home_post from ssda903_episode where child = 'SR002'", String.class))
			.isEqualTo("M14 5");
		assertThat(Files.readString(DIR.resolve("short-out/rejects/ssda903-episodes.csv")))
			.contains("episodes.csv,4,PLACE: missing (required)")
			.doesNotContain("wrong number of cells");
	}

	@Test
	void aRowLongerThanTheHeaderWithCellsInTheExtraColumnsIsStillRejected() throws Exception {
		// given
		TruthNights nights = new TruthNights(context, DIR);
		Path inbox = nights.inbox("long", "episodes.csv",
				TruthNights.csv(EPISODES, "SR101,01/03/2026,S,C2,N1,K2,PR4,,,,M14 5,SK9 1,SC900001,surplus",
						"SR102,01/03/2026,S,C2,N1,K2,PR4,,,,M14 5,SK9 1,SC900001,,"));
		// when
		nights.nightly(inbox, "long-out", LocalDate.of(2026, 11, 20));
		// then
		assertThat(Files.readString(DIR.resolve("long-out/rejects/ssda903-episodes.csv")))
			.contains("episodes.csv,2,wrong number of cells: 14 (the header has 13)")
			.doesNotContain("episodes.csv,3,");
	}

	@Test
	void aFileMostOfWhoseRowsAreRejectedIsNamedInTheSummary() throws Exception {
		// given 12 rows of which 11 carry an unknown placement code
		List<String> lines = new ArrayList<>(List.of(EPISODES, "SR201,01/03/2026,S,C2,N1,K2,PR4,,,,M14 5,SK9 1,SC900001"));
		for (int i = 0; i < 11; i++) {
			lines.add("SR3" + (10 + i) + ",01/03/2026,S,C2,N1,ZZ,PR4,,,,M14 5,SK9 1,SC900001");
		}
		TruthNights nights = new TruthNights(context, DIR);
		Path inbox = nights.inbox("mostly", "episodes.csv", TruthNights.csv(lines.toArray(String[]::new)));
		// when
		Night night = nights.nightly(inbox, "mostly-out", LocalDate.of(2026, 11, 20));
		// then
		assertThat(night.line()).contains("episodes.csv (11 of 12 rows rejected)");
		assertThat(night.warning("episodes.csv", "mostly-rejected").get("message").asString())
			.startsWith("11 of 12 rows rejected (rejects/ssda903-episodes.csv");
	}

	@Test
	void tenRejectedRowsOfAFileAreNotAWarningAboutTheFile() throws Exception {
		// given
		List<String> lines = new ArrayList<>(List.of(EPISODES, "SR401,01/03/2026,S,C2,N1,K2,PR4,,,,M14 5,SK9 1,SC900001"));
		for (int i = 0; i < 10; i++) {
			lines.add("SR5" + (10 + i) + ",01/03/2026,S,C2,N1,ZZ,PR4,,,,M14 5,SK9 1,SC900001");
		}
		TruthNights nights = new TruthNights(context, DIR);
		// when
		Night night = nights.nightly(nights.inbox("few", "episodes.csv", TruthNights.csv(lines.toArray(String[]::new))),
				"few-out", LocalDate.of(2026, 11, 20));
		// then
		assertThat(night.hasWarning("mostly-rejected")).isFalse();
	}
}
