package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class HeaderMatchTests {

	static final List<FeedDefinition> FEEDS = load();

	static List<FeedDefinition> load() {
		try {
			return FeedDefinitions.load(Path.of("jobs"));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void loadsEveryFeedDefinition() {
		assertThat(FEEDS).extracting(FeedDefinition::feed).hasSize(18).contains("ofsted-providers", "ofsted-in-year", "ssda903-episodes",
				"settings", "postcodes");
	}

	@Test
	void ignoresCaseExtraSpacesAndLineBreaksInHeaderCells() {
		HeaderMatch match = HeaderMatch.best(FEEDS,
				new String[] { " Urn", "Provision\ntype", "REGISTRATION  STATUS", "Ofsted Region", "Extra",
						"Latest full inspection date" }, 4);
		assertThat(match.feed().feed()).isEqualTo("ofsted-providers");
		assertThat(match.index()[match.feed().columns().indexOf(match.feed().column("ofsted_region"))]).isEqualTo(3);
	}

	@Test
	void recognises2022sPrefixedJudgementColumnsByAlias() {
		HeaderMatch match = HeaderMatch.best(FEEDS, new String[] { "URN", "Provision type", "Registration status",
				"Latest full inspection overall experiences and progress of children and young people" }, 5);
		assertThat(match.index()[match.feed().columns().indexOf(match.feed().column("overall"))]).isEqualTo(3);
	}

	@Test
	void tellsSsda903TablesApartByTheirColumns() {
		assertThat(HeaderMatch.best(FEEDS, "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB".split(","), 1).feed().feed())
			.isEqualTo("ssda903-header");
		assertThat(HeaderMatch.best(FEEDS, "CHILD,DOB,MISSING,MIS_START,MIS_END".split(","), 1).feed().feed())
			.isEqualTo("ssda903-missing");
		assertThat(HeaderMatch.best(FEEDS, "CHILD,DOB,SDQ_SCORE,SDQ_REASON".split(","), 1).feed().feed())
			.isEqualTo("ssda903-oc2");
	}

	@Test
	void anEpisodesHeaderWithoutDecLacksAColumnTheFeedNeeds() {
		HeaderMatch match = HeaderMatch.best(FEEDS,
				"CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN".split(","), 1);
		assertThat(match.feed().feed()).isEqualTo("ssda903-episodes");
		assertThat(match.missing()).containsExactly("DEC");
	}

	@Test
	void anEpisodesHeaderWithoutPlaceIsStillEpisodesAndLacksIt() {
		HeaderMatch match = HeaderMatch.best(FEEDS, "CHILD,DECOM,RNE,PLACE_PROVIDER,DEC,HOME_POST,PL_POST,URN".split(","), 1);
		assertThat(match.feed().feed()).isEqualTo("ssda903-episodes");
		assertThat(match.missing()).containsExactly("PLACE");
	}

	@Test
	void columnsPlacewiseDoesNotReadMayBeMissing() {
		HeaderMatch match = HeaderMatch.best(FEEDS, "CHILD,DECOM,RNE,PLACE,PLACE_PROVIDER,DEC,HOME_POST,PL_POST,URN".split(","), 1);
		assertThat(match.missing()).isEmpty();
	}

	@Test
	void anOfstedListWithoutJudgementsLacksScoringColumnsOnly() {
		HeaderMatch match = HeaderMatch.best(FEEDS, new String[] { "URN", "Provision type", "Registration status",
				"Latest full inspection date" }, 1);
		assertThat(match.missing()).isEmpty();
		assertThat(match.scoringMissing()).extracting(ColumnDefinition::name)
			.containsExactly("overall");
		assertThat(match.scoringMissing().get(0).scoring()).startsWith("OFS-* will see no judgement");
	}

	@Test
	void findsAColumnNamedTwiceByNameOrAlias() {
		HeaderMatch match = HeaderMatch.best(FEEDS, new String[] { "URN", "Provision type", "Registration status",
				"Premises", "Supported accommodation premises", "urn", "Latest full inspection date" }, 1);
		assertThat(match.repeatedColumns()).extracting(r -> match.feed().columns().get(r[0]).name() + "@" + r[1])
			.containsExactly("urn@5", "premises@4");
	}

	@Test
	void matchesNoFeedForATitleRow() {
		assertThat(HeaderMatch.best(FEEDS, new String[] { "Children's social care data in England 2025", "" }, 1)).isNull();
	}

	@Test
	void decodesWindows1252WhenTheBytesAreNotUtf8() {
		byte[] bytes = "Zoë".getBytes(TextDecoder.WINDOWS_1252);
		assertThat(TextDecoder.decode(bytes)).isEqualTo(new TextDecoder.Decoded("Zoë", "Windows-1252"));
		assertThat(TextDecoder.decode("Zoë".getBytes(StandardCharsets.UTF_8)).charset()).isEqualTo("UTF-8");
	}

	@Test
	void neutralisesCellsASpreadsheetWouldRun() {
		assertThat(RejectWriter.neutralise(new String[] { "=1+1", "+44", "-3", "@x", "\tx", "ok" }))
			.containsExactly("'=1+1", "'+44", "'-3", "'@x", "'\tx", "ok");
	}
}
