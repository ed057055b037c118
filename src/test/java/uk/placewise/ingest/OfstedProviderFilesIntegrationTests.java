package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.store.IngestedFile;

/** Ofsted's real published provider files go through the real nightly job with every data row accepted. */
@NightlyIntegrationTest
class OfstedProviderFilesIntegrationTests {

	static final Path DIR = TestFolders.fresh(OfstedProviderFilesIntegrationTests.class);

	@Autowired
	NightlyRun nightly;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void acceptsEveryRowOfTheWindows1252File2024() throws Exception {
		// given
		Path inbox = TestFolders.inbox(DIR, "in-2024", TestFolders.resources("ofsted"), "provider_at_march_2024.csv");
		// when
		NightlyResult result = nightly.run(inbox, DIR.resolve("out-2024"), LocalDate.of(2025, 6, 30));
		// then
		assertThat(result.completed()).isTrue();
		IngestedFile file = result.files().get(0);
		assertThat(file.feed()).isEqualTo("ofsted-providers");
		assertThat(file.rowsAccepted()).isEqualTo(3876);
		assertThat(file.rowsRejected()).isZero();
		assertThat(Files.readString(DIR.resolve("out-2024/run-summary.json"))).contains("\"rows_accepted\" : 3876");
		// the row as the 2024 list has it: stored, or in history when the 2025 list (newer) was read first
		assertThat(fromFile("SC469688", "provider_at_march_2024.csv")).containsEntry("provision_type", "Independent Fostering Agency")
			.containsEntry("registration_status", "Active")
			.containsEntry("owner", "Affinity Fostering Services Limited")
			.containsEntry("overall", "Outstanding")
			.containsEntry("previous_overall", "Outstanding");
	}

	@Test
	void acceptsEveryRowOfTheBomFileWithLineBreaksInItsHeader2025() throws Exception {
		// given
		Path inbox = TestFolders.inbox(DIR, "in-2025", TestFolders.resources("ofsted"), "provider_at_march_2025.csv");
		// when
		NightlyResult result = nightly.run(inbox, DIR.resolve("out-2025"), LocalDate.of(2025, 6, 30));
		// then
		assertThat(result.completed()).isTrue();
		assertThat(result.files()).singleElement().satisfies(f -> {
			assertThat(f.rowsAccepted()).isEqualTo(5600);
			assertThat(f.rowsRejected()).isZero();
		});
		assertThat(Files.readString(DIR.resolve("out-2025/run-summary.json"))).contains("\"rows_accepted\" : 5600");
		assertThat(provider("2590934")).containsEntry("provision_type", "Children's home")
			.containsEntry("owner", "Zone Central Ltd")
			.containsEntry("overall", "Requires improvement to be good")
			.containsEntry("latest_date", java.sql.Date.valueOf("2024-11-05"));
		assertThat(provider("2728057")).containsEntry("registration_status", "Suspended")
			.containsEntry("owner", "Madiba limited")
			.containsEntry("overall", "Inadequate");
		assertThat(provider("2751602")).containsEntry("provision_type", "Supported Accommodation")
			.containsEntry("sa_outcome", "Serious or widespread weaknesses");
	}

	private Map<String, Object> fromFile(String urn, String file) {
		String columns = "provision_type, registration_status, owner, overall, previous_overall, latest_date, sa_outcome";
		return jdbc.queryForList("select " + columns + " from ofsted_provider where urn = ? and source_file = ? union all"
				+ " select " + columns + " from ofsted_provider_history where urn = ? and source_file = ?", urn, file, urn, file)
			.get(0);
	}

	private Map<String, Object> provider(String urn) {
		return jdbc.queryForMap("select provision_type, registration_status, owner, overall, previous_overall, latest_date,"
				+ " sa_outcome from ofsted_provider where urn = ?", urn);
	}
}
