package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import uk.placewise.TestFolders;
import uk.placewise.ingest.OfstedLayouts.Home;
import uk.placewise.ingest.OfstedLayouts.Layout;

/**
 * Every layout of Ofsted's provider list since 2015 is recognised with its inspection columns found;
 * Ofsted's other tables, which share its URN, provision type and registration status columns, are
 * never taken for it.
 */
class OfstedLayoutRecognitionTests {

	static final List<FeedDefinition> FEEDS = HeaderMatchTests.FEEDS;

	static final List<Layout> LAYOUTS = OfstedLayouts.ALL;

	@ParameterizedTest(name = "{0}")
	@FieldSource("LAYOUTS")
	void findsEachYearsHeaderBelowItsTitleOrGroupingRowsWithItsInspectionColumns(Layout layout) {
		HeaderMatch match = header(layout.csv(List.of(Home.judged("SC100001", "Good", LocalDate.of(2015, 1, 5)))));
		assertThat(match.feed().feed()).isEqualTo("ofsted-providers");
		assertThat(match.line()).isEqualTo(layout.headerLine());
		assertThat(match.missing()).isEmpty();
		for (String column : List.of("urn", "provision_type", "registration_status", "name", "ofsted_region",
				"latest_event_type", "latest_date", "latest_event_number", "overall")) {
			if (column.equals("ofsted_region") && String.valueOf(layout.year()).startsWith("2016")) {
				continue; // 2016 names only the Government Office Region: another column, not Ofsted's region
			}
			assertThat(at(match, column)).as(layout.year() + " " + column).isNotNegative();
		}
	}

	@Test
	void readsTheOwnerUnderEachOfItsNames() {
		for (Layout layout : List.of(OfstedLayouts.Y2018, OfstedLayouts.Y2019, OfstedLayouts.Y2022)) {
			assertThat(at(header(layout.csv(List.of())), "owner")).as(layout.year()).isNotNegative();
		}
	}

	@Test
	void matchesHeadersDespitePunctuationAndSpacingDrift() {
		HeaderMatch match = HeaderMatch.best(FEEDS, new String[] { "URN", "Provision type", "Registration status",
				"Multi Building Children\u2019s Home", "Latest  Full inspection\nevent type", "latest full inspection date" }, 1);
		assertThat(at(match, "multi_building")).isEqualTo(3);
		assertThat(at(match, "latest_event_type")).isEqualTo(4);
		assertThat(at(match, "latest_date")).isEqualTo(5);
	}

	@Test
	void matchesHeadersCarryingNoteReferences() {
		HeaderMatch match = HeaderMatch.best(FEEDS, new String[] { "URN [note 1]", "Provision type (Note 2)",
				"Registration status [notes 3 and 4]", "Overall experiences and progress of children and young people [note 5]" },
				1);
		assertThat(at(match, "urn")).isZero();
		assertThat(at(match, "registration_status")).isEqualTo(2);
		assertThat(at(match, "overall")).isEqualTo(3);
	}

	@Test
	void aColumnNamedInFullWinsOverOneNamedPastAPrefix() {
		HeaderMatch match = HeaderMatch.best(FEEDS, new String[] { "URN", "Provision type", "Registration status",
				"Latest full inspection overall effectiveness",
				"Overall experiences and progress of children and young people" }, 1);
		assertThat(at(match, "overall")).isEqualTo(4);
	}

	@Nested
	class OfstedsOtherTables {

		@Test
		void theInYearTableIsItsOwnFeedNotTheProviderList() throws IOException {
			HeaderMatch match = header(resource("in_year_2024-25.csv"));
			assertThat(match.feed().feed()).isEqualTo("ofsted-in-year");
			assertThat(match.line()).isEqualTo(4);
			assertThat(at(match, "overall")).isNotNegative();
			assertThat(at(match, "sa_outcome")).isNotNegative();
		}

		@Test
		void theProvidersAndPlacesListIsNotAFeed() throws IOException {
			assertThat(header(resource("providers_places_2025.csv"))).isNull();
			assertThat(header(OfstedLayouts.PROVIDERS_AND_PLACES_2018)).isNull();
		}

		@Test
		void saysWhyATableThatLooksLikeTheProviderListIsNotIt() throws IOException {
			assertThat(NotAFeed.explain(new CsvRecords(resource("providers_places_2025.csv")), FEEDS)).isEqualTo(
					"looks like ofsted-providers (header on line 4), but it has none of the columns Latest full inspection date,"
							+ " Overall experiences and progress of children and young people, Supported Accommodation outcome,"
							+ " Latest full inspection event type (recognise-any): another table, not a feed"
							+ " (jobs/feeds/ofsted-providers.yml)");
		}

		@Test
		void theSupportedAccommodationPremisesListIsNotAFeed() throws IOException {
			assertThat(header(resource("sa_premises_2025.csv"))).isNull();
		}

		@Test
		void theLeaversAndJoinersListIsNotAFeed() throws IOException {
			assertThat(header(resource("leavers_joiners_2025.csv"))).isNull();
		}
	}

	private static String resource(String name) throws IOException {
		return TextDecoder.decode(Files.readAllBytes(TestFolders.resources("ofsted").resolve("other-tables").resolve(name)))
			.text();
	}

	static HeaderMatch header(String csv) {
		try (CsvRecords records = new CsvRecords(csv)) {
			return FileIngester.findHeader(records, FEEDS);
		}
	}

	static int at(HeaderMatch match, String column) {
		return match.index()[match.feed().columns().indexOf(match.feed().column(column))];
	}
}
