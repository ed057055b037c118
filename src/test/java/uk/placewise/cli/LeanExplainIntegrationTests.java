package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import uk.placewise.TestFolders;
import uk.placewise.results.ResultStore;
import uk.placewise.results.SettingResult;

/**
 * Issue 17: {@code explain} reads the store without the batch application, and says exactly what it
 * said with it. The store is made by a real nightly run of the acceptance inbox; the known output
 * (src/test/resources/explain/) is what the full application printed for it.
 */
class LeanExplainIntegrationTests {

	static final Path DIR = TestFolders.fresh(LeanExplainIntegrationTests.class);

	static final Path INBOX = TestFolders.resources("acceptance/inbox");

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

	static final List<String> DATABASE = TestFolders.processDatabase(DIR);

	static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();

	static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();

	@BeforeAll
	static void aRealNight() {
		int exit = main("nightly", "--inbox", INBOX.toString(), "--out", DIR.resolve("out").toString(), "--as-of",
				"2026-11-20");
		assertThat(exit).as(ERR.toString(StandardCharsets.UTF_8)).isZero();
	}

	@Test
	void explainsASettingWithoutTheSpringContextAsTheFullApplicationDid() throws Exception {
		// when
		OptionalInt exit = lean("explain", "sc800001");
		// then
		assertThat(exit).as(err()).hasValue(0);
		String known = Files.readString(TestFolders.resources("explain/SC800001.txt"), StandardCharsets.UTF_8)
			.replace("RULESET_VERSION", rulesetVersion());
		assertThat(out()).isEqualTo(known);
		assertThat(err()).isEmpty();
	}

	@Test
	void anUnknownUrnExitsOneWithTheSameMessage() throws Exception {
		assertThat(lean("explain", "SC999999")).hasValue(1);
		assertThat(err()).isEqualTo("placewise explain: failed: SC999999 was not assessed in the run as of 2026-11-20 "
				+ "(unknown URN, or no child placed there)\n");
		assertThat(out()).isEmpty();
	}

	@Test
	void aDateBeforeEveryRunExitsOneWithTheSameMessage() throws Exception {
		assertThat(lean("explain", "SC800001", "--as-of", "2026-01-01")).hasValue(1);
		assertThat(err()).isEqualTo("placewise explain: failed: no nightly run is stored yet; run 'placewise nightly' first\n");
	}

	@Test
	void readsOneSettingsRowsAsTheWholeRunHasThem() throws Exception {
		try (Connection c = connection()) {
			ResultStore results = ResultStore.over(new SingleConnectionDataSource(c, true));
			List<SettingResult> all = results.settings(1);
			assertThat(all).hasSizeGreaterThan(3);
			for (SettingResult s : all) {
				assertThat(results.setting(1, s.urn())).contains(s);
				assertThat(results.setting(1, " " + s.urn().toLowerCase(java.util.Locale.ROOT))).contains(s);
			}
		}
	}

	@Nested
	class TheStoreIsCheckedFirst {

		@Test
		void aMissingStoreIsSaidAndNothingIsMade() throws Exception {
			Assumptions.assumeFalse(TestFolders.onPostgres(), "an H2 file");
			Path data = DIR.resolve("missing").resolve("data");
			// when
			int exit = mainWith(List.of("--placewise.data-dir=" + data), "explain", "SC800001");
			// then
			assertThat(exit).isEqualTo(1);
			assertThat(err()).isEqualTo("placewise explain: failed: there is no store at " + data.resolve("placewise.mv.db")
					+ " (nothing was made or written)\n");
			assertThat(data).doesNotExist();
		}

		@Test
		void aStoreThatNeedsAMigrationIsRefusedNotMigrated() throws Exception {
			// given a copy of the store as an older Placewise left it: its latest migration not applied yet
			Path data = copyOfTheStore("older");
			String latest = latestMigration(data);
			execute(data, "delete from \"flyway_schema_history\" where \"version\" = '" + latest + "'");
			// when
			int exit = mainWith(List.of("--placewise.data-dir=" + data), "explain", "SC800001");
			// then
			assertThat(exit).isEqualTo(1);
			assertThat(err()).isEqualTo("placewise explain: failed: the store " + data.resolve("placewise.mv.db")
					+ " was made by an older version of Placewise and needs migrating (schema " + latest + " not applied "
					+ "yet); a command that only reads does not change it, so nothing was changed. Run 'placewise nightly' "
					+ "once to migrate it (placewise backup --to FILE first keeps a copy)\n");
			assertThat(out()).isEmpty();
			assertThat(latestMigration(data)).isNotEqualTo(latest);
		}

		@Test
		void aStoreWithAMigrationThisBuildDoesNotKnowIsLeftToTheFullApplication() throws Exception {
			// given a copy of the store with a migration applied that this build does not have
			Path data = copyOfTheStore("newer");
			execute(data, "update \"flyway_schema_history\" set \"version\" = '9999' where \"version\" = '"
					+ latestMigration(data) + "'");
			// when
			OptionalInt exit = leanWith(List.of("--placewise.data-dir=" + data), "explain", "SC800001");
			// then
			assertThat(exit).isEmpty();
		}

		@Test
		void aStoreWithAFailedMigrationIsLeftToTheFullApplication() throws Exception {
			// given a copy of the store whose latest migration is recorded as failed
			Path data = copyOfTheStore("failed");
			execute(data, "update \"flyway_schema_history\" set \"success\" = false where \"version\" = '"
					+ latestMigration(data) + "'");
			// when
			OptionalInt exit = leanWith(List.of("--placewise.data-dir=" + data), "explain", "SC800001");
			// then
			assertThat(exit).isEmpty();
		}

		@Test
		void aDatabaseThatIsNotAPlacewiseStoreIsLeftToTheFullApplication() throws Exception {
			// given a copy of the store without its schema history
			Path data = copyOfTheStore("foreign");
			execute(data, "drop table \"flyway_schema_history\"");
			// when
			OptionalInt exit = leanWith(List.of("--placewise.data-dir=" + data), "explain", "SC800001");
			// then
			assertThat(exit).isEmpty();
		}

		private Path copyOfTheStore(String name) throws Exception {
			Assumptions.assumeFalse(TestFolders.onPostgres(), "a copy of the H2 file");
			Path data = Files.createDirectories(DIR.resolve(name).resolve("data"));
			Files.copy(DIR.resolve("data").resolve("placewise.mv.db"), data.resolve("placewise.mv.db"));
			return data;
		}

		private String latestMigration(Path data) throws Exception {
			try (Connection c = h2(data); Statement st = c.createStatement();
					ResultSet rs = st.executeQuery("select \"version\" from \"flyway_schema_history\" order by "
							+ "\"installed_rank\" desc fetch first 1 rows only")) {
				rs.next();
				return rs.getString(1);
			}
		}

		private void execute(Path data, String sql) throws Exception {
			try (Connection c = h2(data); Statement st = c.createStatement()) {
				st.executeUpdate(sql);
			}
		}
	}

	private static String rulesetVersion() throws Exception {
		try (Connection c = connection(); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("select ruleset_version from assessment_run where run_id = 1")) {
			rs.next();
			return rs.getString(1).trim();
		}
	}

	private static Connection connection() throws Exception {
		String url = arg("--spring.datasource.url=");
		return url == null ? h2(DIR.resolve("data")) : DriverManager.getConnection(url, "placewise", "placewise");
	}

	private static Connection h2(Path data) throws Exception {
		return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("placewise").toAbsolutePath() + ";IFEXISTS=TRUE",
				"placewise", "");
	}

	private static String arg(String prefix) {
		return DATABASE.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst()
			.orElse(null);
	}

	private static OptionalInt lean(String... command) throws Exception {
		return leanWith(DATABASE, command);
	}

	private static OptionalInt leanWith(List<String> database, String... command) throws Exception {
		reset();
		List<String> args = new ArrayList<>(List.of(command));
		args.addAll(database);
		args.add("--placewise.jobs=jobs");
		CommandLine line = CommandLine.parse(args.toArray(String[]::new), Main.COMMANDS);
		return new LeanRead(print(OUT), print(ERR), CLOCK).explain(line);
	}

	private static int main(String... command) {
		return mainWith(DATABASE, command);
	}

	private static int mainWith(List<String> database, String... command) {
		reset();
		List<String> args = new ArrayList<>(List.of(command));
		args.addAll(database);
		args.add("--placewise.jobs=jobs");
		return new Main(print(OUT), print(ERR), CLOCK).run(args.toArray(String[]::new));
	}

	private static void reset() {
		OUT.reset();
		ERR.reset();
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

	private static String out() {
		return OUT.toString(StandardCharsets.UTF_8);
	}

	private static String err() {
		return ERR.toString(StandardCharsets.UTF_8);
	}
}
