package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
 * An older Ofsted provider list never overwrites a newer one's rows, whichever is read first (same night,
 * by file name order) or whichever night delivers it (last year's list again): a suspension or a newer
 * judgement stays; a provider only the older list has is filled from it; its rows go to history; and the
 * night says so. Each test uses URNs of its own in one store.
 */
@NightlyIntegrationTest
class OlderProviderListIntegrationTests {

	static final Path DIR = TestFolders.fresh(OlderProviderListIntegrationTests.class);

	static final String HEADER = "URN,Provision type,Registration status,Name,Latest full inspection event type,"
			+ "Latest full inspection date,Overall experiences and progress of children and young people";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	TruthNights nights() {
		return new TruthNights(context, DIR);
	}

	static String list(String title, String... rows) {
		String[] lines = new String[rows.length + (title == null ? 1 : 2)];
		int i = 0;
		if (title != null) {
			lines[i++] = title + ",,,,,,";
		}
		lines[i++] = HEADER;
		for (String row : rows) {
			lines[i++] = row;
		}
		return TruthNights.csv(lines);
	}

	static String march2025(String a, String b) {
		return list("Children's social care data in England 2025 - Provider level as at 31 March 2025",
				a + ",Children's home,Suspended,Home A,Full inspection,10/01/2025,Inadequate",
				b + ",Children's home,Active,Home B,Full inspection,12/02/2025,Good");
	}

	static String march2024(String a, String b, String c) {
		return list("Children's social care data in England 2024 - Provider level as at 31 March 2024",
				a + ",Children's home,Active,Home A,Full inspection,01/06/2023,Good",
				b + ",Children's home,Active,Home B,Full inspection,05/05/2023,Requires improvement to be good",
				c + ",Children's home,Active,Home C,Full inspection,07/07/2023,Outstanding");
	}

	@Test
	void anOlderListReadAfterANewerOneTheSameNightKeepsTheSuspensionAndFillsWhatOnlyItHas() throws Exception {
		// given the newer list first by name, the older one second
		Path inbox = nights().inbox("same-night", "a-providers.csv", march2025("SC910001", "SC910002"),
				"b-providers.csv", march2024("SC910001", "SC910002", "SC910003"));
		// when
		Night night = nights().nightly(inbox, "same-night-out", LocalDate.of(2025, 6, 30));
		// then
		assertThat(status("SC910001")).isEqualTo("Suspended");
		assertThat(overall("SC910002")).isEqualTo("Good");
		assertThat(overall("SC910003")).isEqualTo("Outstanding");
		assertThat(jdbc.queryForObject("select count(*) from ofsted_provider_history where urn = 'SC910001'"
				+ " and registration_status = 'Active' and source_file = 'b-providers.csv'", Integer.class)).isOne();
		assertThat(night.exit()).isZero();
		assertThat(night.line()).contains("b-providers.csv (older list than the one stored: as at 31 March 2024,"
				+ " stored 31 March 2025)");
		assertThat(night.warning("b-providers.csv", "older-list").get("message").asString())
			.contains("2 providers of the newer list kept as it says")
			.contains("1 others taken from it (providers no newer list has)")
			.contains("from its title row");
	}

	@Test
	void theOlderListReadFirstIsOverwrittenByTheNewerOneAsBefore() throws Exception {
		// given the older list first by name
		Path inbox = nights().inbox("old-first", "a-providers.csv", march2024("SC920001", "SC920002", "SC920003"),
				"b-providers.csv", march2025("SC920001", "SC920002"));
		// when
		nights().nightly(inbox, "old-first-out", LocalDate.of(2025, 6, 30));
		// then the same facts as in the other order
		assertThat(status("SC920001")).isEqualTo("Suspended");
		assertThat(overall("SC920002")).isEqualTo("Good");
		assertThat(overall("SC920003")).isEqualTo("Outstanding");
	}

	@Test
	void lastYearsListDeliveredOnALaterNightDoesNotUndoTheNewerOne() throws Exception {
		// given a night with the 2025 list
		nights().nightly(nights().inbox("later-1", "providers.csv", march2025("SC930001", "SC930002")), "later-out",
				LocalDate.of(2025, 6, 30));
		// when the next night's inbox holds last year's list
		Night night = nights().nightly(
				nights().inbox("later-2", "providers 2024.csv", march2024("SC930001", "SC930002", "SC930003")),
				"later-out", LocalDate.of(2025, 7, 1));
		// then
		assertThat(status("SC930001")).isEqualTo("Suspended");
		assertThat(overall("SC930002")).isEqualTo("Good");
		assertThat(night.line()).contains("providers 2024.csv (older list than the one stored");
	}

	@Test
	void aListWithoutATitleIsDatedByItsLatestInspectionAndIsNoNewerThanTheStoredList() throws Exception {
		// given the 2025 list, then a title-less export whose latest inspection is before 31 March 2025
		nights().nightly(nights().inbox("untitled-1", "providers.csv", march2025("SC940001", "SC940002")),
				"untitled-out", LocalDate.of(2025, 6, 30));
		String untitled = list(null, "SC940001,Children's home,Active,Home A,Full inspection,01/06/2023,Good",
				"SC940004,Children's home,Active,Home D,Full inspection,09/09/2023,Good");
		// when
		Night night = nights().nightly(nights().inbox("untitled-2", "export.csv", untitled), "untitled-out",
				LocalDate.of(2025, 7, 1));
		// then
		assertThat(status("SC940001")).isEqualTo("Suspended");
		assertThat(overall("SC940004")).isEqualTo("Good");
		assertThat(night.warning("export.csv", "older-list").get("message").asString())
			.contains("as at 9 September 2023 (from the latest date in its rows (it states none))");
	}

	@Test
	void aListWithoutATitleWhoseInspectionsAreNewerThanTheStoredListOverwritesIt() throws Exception {
		// given the 2025 list, then a title-less export with an inspection after 31 March 2025
		nights().nightly(nights().inbox("newer-1", "providers.csv", march2025("SC950001", "SC950002")), "newer-out",
				LocalDate.of(2025, 9, 30));
		String newer = list(null, "SC950001,Children's home,Active,Home A,Full inspection,20/06/2025,Good");
		// when
		Night night = nights().nightly(nights().inbox("newer-2", "export.csv", newer), "newer-out",
				LocalDate.of(2025, 10, 1));
		// then
		assertThat(status("SC950001")).isEqualTo("Active");
		assertThat(night.hasWarning("older-list")).isFalse();
	}

	@Test
	void aListThatSaysItIsFromAfterTheAsOfDateCannotKeepTheNextRealListOut() throws Exception {
		// given a list whose title is mistyped 2099
		String mistyped = list("Children's social care data in England - Provider level as at 31 March 2099",
				"SC980001,Children's home,Active,Home A,Full inspection,01/06/2024,Good");
		Night night = nights().nightly(nights().inbox("mistyped-1", "providers.csv", mistyped), "mistyped-out",
				LocalDate.of(2025, 6, 30));
		// when the next night brings the real list, in which the home is suspended
		nights().nightly(nights().inbox("mistyped-2", "providers 2025.csv", march2025("SC980001", "SC980002")),
				"mistyped-out", LocalDate.of(2025, 7, 1));
		// then
		assertThat(night.line()).contains("providers.csv (list dated after the as-of date)");
		assertThat(status("SC980001")).isEqualTo("Suspended");
	}

	@Test
	void theSameListDeliveredAgainAfterItsDateIsDatedByItsTitleNotByTheNightThatFirstDisbelievedIt() throws Exception {
		// given the 2025 list read on a night before its own date, so dated by its rows
		Path inbox = nights().inbox("early", "providers.csv", march2025("SC990001", "SC990002"));
		Night early = nights().nightly(inbox, "early-out", LocalDate.of(2025, 2, 20));
		// when the very same file is delivered on a night after 31 March 2025
		Night later = nights().nightly(inbox, "early-out", LocalDate.of(2025, 6, 30));
		// then that night's summary is its own, and the list is as at its title's date
		assertThat(early.line()).contains("providers.csv (list dated after the as-of date)");
		assertThat(early.warning("providers.csv", "list-after-as-of").get("message").asString())
			.contains("after the as-of date 2025-02-20");
		assertThat(later.line()).startsWith("placewise nightly: ok:").doesNotContain("after the as-of date");
		assertThat(jdbc.queryForObject("select max(as_at) from feed_list_as_at where nk in ('SC990001', 'SC990002')",
				LocalDate.class)).isEqualTo(LocalDate.of(2025, 3, 31));
	}

	String status(String urn) {
		return jdbc.queryForObject("select registration_status from ofsted_provider where urn = ?", String.class, urn);
	}

	String overall(String urn) {
		return jdbc.queryForObject("select overall from ofsted_provider where urn = ?", String.class, urn);
	}
}
