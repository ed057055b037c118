package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import uk.placewise.RulesCopy;
import uk.placewise.TestFolders;
import uk.placewise.TestJvm;
import uk.placewise.report.pdf.PdfReading;

/**
 * Issue 18, {@code placewise rules impact}: a draft of the rules against the live ones over the stored
 * facts of a night, on the acceptance inbox, through the command line (Main, in this JVM) on stores of
 * its own, real H2 and real Drools. Two stores run the same two nights (19 and 20 November 2026); one of
 * them runs the impact of a draft with OFS-RI at 30 instead of 25 between the nights.
 * <p>
 * By hand, from the night's provider-risk.csv: two settings have a Requires improvement judgement, Elm
 * Rise 2800005 (OFS-RI 25, MIS-RATE 15, QA-NEVER 10 = 50, High) and Acorn House SC800001 (OFS-RI 25,
 * QA-NEVER 10, R44-MISSING 10 = 45, High). At 30 they score 55 and 50, both still High (40-59).
 */
class RulesImpactIntegrationTests {

	static final Path DIR = TestFolders.fresh(RulesImpactIntegrationTests.class);

	static final Path INBOX = TestFolders.resources("acceptance/inbox").toAbsolutePath();

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The live rules with OFS-RI at 30, and the three scenarios that said 25 updated, as an analyst would. */
	static final Path DRAFT = ofsRiAt(30, "draft-30");

	static final Store WITH_IMPACT = new Store("with-impact");

	static final Store WITHOUT = new Store("without");

	static final Path IMPACT = DIR.resolve("impact-30");

	static int impactExit;

	static String impactOut;

	static Map<String, String> storeBeforeImpact;

	static Map<String, String> storeAfterImpact;

	static Map<String, String> firstNightBeforeImpact;

	static Map<String, String> firstNightAfterImpact;

	@BeforeAll
	static void theTwoStoresRunTheirNights() throws Exception {
		if (storeAfterImpact != null) {
			return;
		}
		assertThat(WITHOUT.nightly("2026-11-19")).as(WITHOUT.output()).isZero();
		assertThat(WITHOUT.nightly("2026-11-20")).as(WITHOUT.output()).isZero();
		assertThat(WITH_IMPACT.nightly("2026-11-19")).as(WITH_IMPACT.output()).isZero();
		storeBeforeImpact = WITH_IMPACT.contents();
		firstNightBeforeImpact = files(WITH_IMPACT.out);
		impactExit = WITH_IMPACT.run("rules", "impact", "--rules", DRAFT.toString(), "--out", IMPACT.toString(),
				"--as-of", "2026-11-19");
		impactOut = WITH_IMPACT.output();
		storeAfterImpact = WITH_IMPACT.contents();
		firstNightAfterImpact = files(WITH_IMPACT.out);
		assertThat(WITH_IMPACT.nightly("2026-11-20")).as(WITH_IMPACT.output()).isZero();
	}

	@Nested
	class ADraftWithOfsRiAt30 {

		@Test
		void listsEverySettingWithOfsRiAtPlus5AndNoOther() throws Exception {
			// then
			assertThat(impactExit).as(impactOut).isZero();
			assertThat(impactOut).contains("placewise rules impact: ok: 2 of 11 settings change (0 change band)");
			List<String> rows = lines(IMPACT.resolve("rules-impact.csv"));
			assertThat(rows.get(0)).isEqualTo("urn,setting_name,provider,score_before,score_after,score_change,band_before,"
					+ "band_after,visit_every_months_before,visit_every_months_after,next_due_before,next_due_after,"
					+ "reasons_added,reasons_removed,points_by_rule");
			// the settings whose live reasons include OFS-RI, from the night's own provider-risk.csv
			List<String> withOfsRi = lines(WITH_IMPACT.out.resolve("provider-risk.csv")).stream()
				.filter(l -> l.contains("OFS-RI:25"))
				.map(l -> l.split(",")[0])
				.sorted()
				.toList();
			assertThat(withOfsRi).containsExactly("2800005", "SC800001");
			assertThat(rows.subList(1, rows.size()).stream().map(l -> l.split(",")[0]).sorted().toList())
				.isEqualTo(withOfsRi);
			assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).endsWith(",OFS-RI:30,OFS-RI:25,OFS-RI:+5"));
		}

		@Test
		void keepsEveryLiveScenarioSoNoWarningIsGiven() {
			assertThat(impactOut).doesNotContain("warning");
		}

		@Test
		void reDerivesScoresBandsAndVisitsFromTheDraft() throws Exception {
			// then: Elm Rise 50 -> 55 and Acorn 45 -> 50, both High, so every 3 months and the same due dates
			assertThat(row(IMPACT, "2800005")).startsWith("2800005,Elm Rise,Harbour Housing CIC,50,55,5,High,High,3,3,");
			assertThat(row(IMPACT, "SC800001")).startsWith("SC800001,Acorn House,Amberly Care Ltd,45,50,5,High,High,3,3,");
			for (String urn : List.of("2800005", "SC800001")) {
				String due = field(row(WITH_IMPACT.out, "visit-schedule.csv", urn), 6);
				assertThat(field(row(IMPACT, urn), 10)).as("next due before, as the night scheduled it").isEqualTo(due);
				assertThat(field(row(IMPACT, urn), 11)).as("next due after").isEqualTo(due);
			}
			// no flag changes: the header only
			assertThat(lines(IMPACT.resolve("rules-impact-flags.csv"))).containsExactly("child,urn,flag,severity,change");
		}

		@Test
		void leavesTheStoreAndThePublishedOutputsAsTheyWere() {
			// then: every row of every table, the job repository included, and the night's --out
			assertThat(storeBeforeImpact).isNotEmpty();
			assertThat(storeAfterImpact).isEqualTo(storeBeforeImpact);
			assertThat(firstNightAfterImpact).isEqualTo(firstNightBeforeImpact);
		}

		@Test
		void theNextNightlyOutputIsByteIdenticalToARunWithoutTheImpact() throws Exception {
			// when both stores have run the night of the 20th
			Map<String, String> with = comparable(WITH_IMPACT.out);
			Map<String, String> without = comparable(WITHOUT.out);
			// then
			assertThat(with.keySet()).contains("provider-risk.csv", "visit-schedule.csv", "visit-schedule.pdf",
					"panel-flags.csv", "run-summary.json");
			assertThat(with).isEqualTo(without);
			assertThat(JSON.readTree(WITH_IMPACT.out.resolve("run-summary.json").toFile()).path("run_id").asLong())
				.as("the impact made no run").isEqualTo(2);
		}

		@Test
		void thePdfSaysWhatTheCsvSays() throws Exception {
			// when
			Path pdf = IMPACT.resolve("rules-impact.pdf");
			String all = PdfReading.flat(PdfReading.all(pdf));
			int changed = lines(IMPACT.resolve("rules-impact.csv")).size() - 1;
			int flags = lines(IMPACT.resolve("rules-impact-flags.csv")).size() - 1;
			// then
			assertThat(all).contains("OFFICIAL-SENSITIVE", "Rules change impact: draft against live rules",
					"data as of 19 November 2026", changed + " of 11 settings assessed change; 0 change band",
					"The draft adds " + flags + " panel flags and removes 0",
					"The draft raises the same panel flags as the live rules.",
					"Largest changes (2 of 2, biggest score change first)");
			// the band-move matrix: the 11 settings on its diagonal (Critical 5, High 2, Medium 2, Low 2)
			assertThat(all).contains("Critical 5 0 0 0 5", "High 0 2 0 0 2", "Medium 0 0 2 0 2", "Low 0 0 0 2 2",
					"Draft total 5 2 2 2 11");
			assertThat(all).contains("Elm Rise (2800005) Harbour Housing CIC 50 → 55 (+5) High",
					"Acorn House (SC800001) Amberly Care Ltd 45 → 50 (+5) High", "OFS-RI:30 OFS-RI:25");
			var hashes = java.util.regex.Pattern.compile("live rules (\\w{12}), draft (\\w{12});").matcher(impactOut);
			assertThat(hashes.find()).as(impactOut).isTrue();
			assertThat(all).contains("Live ruleset " + hashes.group(1)).contains("Draft ruleset " + hashes.group(2));
			assertThat(all).doesNotContain(AcceptanceInboxIntegrationTests.datesOfBirth());
			PdfReading.preview(pdf, Path.of("target", "impact-previews"), "rules-impact-30", 1, 2);
		}
	}

	@Nested
	class ADraftThatMovesBands {

		@Test
		void reDerivesTheBandTheVisitFrequencyTheDueDateAndTheFlags() throws Exception {
			// given OFS-RI at 35: Elm Rise 50 -> 60 is Critical (60+), Acorn 45 -> 55 stays High
			Path draft = ofsRiAt(35, "draft-35");
			Path out = DIR.resolve("impact-35");
			// when
			int exit = WITH_IMPACT.run("rules", "impact", "--rules", draft.toString(), "--out", out.toString(),
					"--as-of", "2026-11-20");
			// then
			assertThat(exit).as(WITH_IMPACT.output()).isZero();
			assertThat(WITH_IMPACT.output()).contains("2 of 11 settings change (1 change band)");
			// Elm Rise was never visited: High's first visit is due a month after placement, Critical's in
			// 10 working days (the first children were placed there on 2026-02-02, a Monday)
			assertThat(row(out, "2800005")).startsWith("2800005,Elm Rise,Harbour Housing CIC,50,60,10,High,Critical,3,1,"
					+ "2026-03-02,2026-02-16,OFS-RI:35,OFS-RI:25,OFS-RI:+10");
			assertThat(row(out, "SC800001")).startsWith("SC800001,Acorn House,Amberly Care Ltd,45,55,10,High,High,3,3,");
			// a Critical setting flags every child placed there for the panel: E01 and E02 at Elm Rise
			assertThat(lines(out.resolve("rules-impact-flags.csv"))).containsExactly("child,urn,flag,severity,change",
					"E01,2800005,CRITICAL_SETTING,review,added", "E02,2800005,CRITICAL_SETTING,review,added");
			String all = PdfReading.flat(PdfReading.all(out.resolve("rules-impact.pdf")));
			assertThat(all).contains("2 of 11 settings assessed change; 1 changes band", "The draft adds 2 panel flags",
					"High 1 1 0 0 2", "Draft total 6 1 2 2 11", "CRITICAL_SETTING 2 0 +2", "High → Critical", "3 months → 1 month", "2 Mar 2026 (overdue) → 16 Feb 2026 (overdue)");
			assertThat(all).doesNotContain("E01", "E02");
			PdfReading.preview(out.resolve("rules-impact.pdf"), Path.of("target", "impact-previews"), "rules-impact-35", 1);
		}
	}

	@Nested
	class IsRefused {

		@Test
		void whenTheDraftFailsRulesCheckNamingTheProblemAndWritesNothing() throws Exception {
			// given the number changed but not the scenarios that say what 25 gave
			Path draft = RulesCopy.of(DIR.resolve("draft-unchecked")).replace("ofsted.drl", "\"OFS-RI\", 25,", "\"OFS-RI\", 30,").path();
			Path out = DIR.resolve("impact-unchecked");
			Map<String, String> store = WITH_IMPACT.contents();
			// when
			int exit = WITH_IMPACT.run("rules", "impact", "--rules", draft.toString(), "--out", out.toString());
			// then
			assertThat(exit).isEqualTo(1);
			assertThat(WITH_IMPACT.err()).contains("rules/tests/ofs-ri.yml:11: expected score 25, got 30")
				.contains("placewise rules impact: failed: the draft rules in " + draft + " fail 'rules check' (3 of 42 "
						+ "scenarios failed, 6 problems above); nothing was compared or written");
			assertThat(out).doesNotExist();
			assertThat(WITH_IMPACT.contents()).isEqualTo(store);
		}

		@Test
		void whenTheDraftDoesNotCompile() throws Exception {
			Path draft = RulesCopy.of(DIR.resolve("draft-broken")).replace("ofsted.drl", "rule \"OFS-RI\"\nwhen", "rule \"OFS-RI\"\nwhne").path();
			int exit = WITH_IMPACT.run("rules", "impact", "--rules", draft.toString(), "--out", DIR.resolve("impact-broken").toString());
			assertThat(exit).isEqualTo(1);
			assertThat(WITH_IMPACT.err()).contains("rules/ofsted.drl:").contains("they do not compile");
			assertThat(DIR.resolve("impact-broken")).doesNotExist();
		}

		@Test
		void whenTheDraftHasNoScenarios() throws Exception {
			RulesCopy copy = RulesCopy.of(DIR.resolve("draft-untested")).withoutScenarios();
			Path out = DIR.resolve("impact-untested");
			int exit = WITH_IMPACT.run("rules", "impact", "--rules", copy.path().toString(), "--out", out.toString());
			assertThat(exit).isEqualTo(1);
			assertThat(WITH_IMPACT.err()).contains("rules/tests/: no scenarios")
				.contains("fail 'rules check' (they have no scenarios in " + copy.path().resolve("tests"));
			assertThat(out).doesNotExist();
		}

		@Test
		void notWhenTheDraftKeepsOneScenarioOfTheLiveOnesButSaysWhichItLacks() throws Exception {
			RulesCopy copy = RulesCopy.of(DIR.resolve("draft-vacuous")).withoutScenarios().write("tests/vacuous.yml", """
					description: asserts next to nothing
					as-of: 2026-11-15
					setting: {urn: SC100001, name: Brightside Fostering, type: fostering agency}
					expect:
					  reasons-exclude: [OFS-INADEQUATE]
					""");
			Path out = DIR.resolve("impact-vacuous");
			int exit = WITH_IMPACT.run("rules", "impact", "--rules", copy.path().toString(), "--out", out.toString(),
					"--as-of", "2026-11-19");
			assertThat(exit).as(WITH_IMPACT.output()).isZero();
			assertThat(WITH_IMPACT.output()).contains("placewise rules impact: ok with 1 warning: the draft lacks 42 of the live rules' 42 scenarios in tests/ (band-critical.yml, ");
			try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("rules-impact.pdf").toFile())) {
				assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
					.contains("the draft lacks 42 of the live rules' 42 scenarios");
			}
		}

		@Test
		void whenOutIsTheNightlysOutputFolderOrInsideIt() throws Exception {
			Map<String, String> published = files(WITH_IMPACT.out);
			int exit = WITH_IMPACT.run("rules", "impact", "--rules", DRAFT.toString(), "--out", WITH_IMPACT.out.toString());
			assertThat(exit).isEqualTo(2);
			assertThat(WITH_IMPACT.err()).contains("holds a nightly run's outputs");
			// nor a folder inside it, where the impact would sit among the published files
			Path inside = WITH_IMPACT.out.resolve("impact");
			assertThat(WITH_IMPACT.run("rules", "impact", "--rules", DRAFT.toString(), "--out", inside.toString())).isEqualTo(2);
			assertThat(WITH_IMPACT.err()).contains("is inside " + WITH_IMPACT.out + ", which holds a nightly run's outputs");
			assertThat(files(WITH_IMPACT.out)).isEqualTo(published);
		}

		@Test
		void whileANightlyRunIsWritingTheStoreNamingThatRun() throws Exception {
			// given a nightly run of a store of its own, in a process of its own, held while it ingests
			Store store = new Store("locked");
			Files.createDirectories(store.dir);
			List<String> command = new ArrayList<>(TestJvm.command("-Xmx512m", "-Dplacewise.test.pause-at=ingest:600000",
					"-cp", System.getProperty("java.class.path"), "uk.placewise.cli.Main", "nightly", "--inbox",
					INBOX.toString(), "--out", store.out.toString(), "--as-of", "2026-11-20", "--placewise.jobs=jobs"));
			command.addAll(store.database);
			Process nightly = new ProcessBuilder(command).redirectErrorStream(true).start();
			Path out = DIR.resolve("impact-locked");
			try {
				awaitPause(nightly, "ingest");
				// when
				int exit = store.run("rules", "impact", "--rules", DRAFT.toString(), "--out", out.toString(), "--as-of",
						"2026-11-20");
				// then: refused at once, naming the night that holds the store, nothing written
				assertThat(exit).as(store.output()).isEqualTo(1);
				assertThat(store.err()).contains("'placewise nightly' as of 2026-11-20");
				assertThat(out).doesNotExist();
			}
			finally {
				nightly.destroyForcibly();
				nightly.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
			}
		}

		@Test
		void whenThereIsNoStoreMakingNone() throws Exception {
			Store none = new Store("no-store");
			int exit = none.run("rules", "impact", "--rules", DRAFT.toString(), "--out", DIR.resolve("impact-no-store").toString());
			assertThat(exit).as(none.output()).isEqualTo(1);
			if (!TestFolders.onPostgres()) {
				assertThat(none.err()).contains("there is no store at").contains("nothing was made");
				// no data folder either: no run lock, no log file
				assertThat(none.data).doesNotExist();
			}
			assertThat(DIR.resolve("impact-no-store")).doesNotExist();
		}

		@Test
		void whenNoNightIsStoredOnOrBeforeTheDate() throws Exception {
			Path out = DIR.resolve("impact-too-early");
			int exit = WITH_IMPACT.run("rules", "impact", "--rules", DRAFT.toString(), "--out", out.toString(), "--as-of",
					"2026-01-01");
			assertThat(exit).isEqualTo(1);
			assertThat(WITH_IMPACT.err()).contains("no nightly run is stored on or before 2026-01-01");
			assertThat(out).doesNotExist();
		}
	}

	/** Reads the process's output until it says it is held at {@code point} (three minutes at most). */
	static void awaitPause(Process process, String point) throws Exception {
		long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
		var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			seen.append(line).append('\n');
			if (line.contains(uk.placewise.run.StepPauses.MARKER + point)) {
				return;
			}
			if (System.nanoTime() > deadline) {
				break;
			}
		}
		throw new AssertionError("the nightly run did not pause at " + point + ":\n" + seen);
	}

	static Path ofsRiAt(int points, String name) {
		return RulesCopy.of(DIR.resolve(name))
			.replace("ofsted.drl", "\"OFS-RI\", 25,", "\"OFS-RI\", " + points + ",")
			.replace("tests/ofs-ri.yml", "score: 25", "score: " + points)
			.replace("tests/ofs-ri.yml", "OFS-RI: 25", "OFS-RI: " + points)
			.replace("tests/band-high.yml", "score: 45", "score: " + (points + 20))
			.replace("tests/band-high.yml", "OFS-RI: 25", "OFS-RI: " + points)
			.replace("tests/band-critical.yml", "score: 60", "score: " + (points + 35))
			.replace("tests/band-critical.yml", "OFS-RI: 25", "OFS-RI: " + points)
			.path();
	}

	static List<String> lines(Path file) throws Exception {
		return Files.readAllLines(file, StandardCharsets.UTF_8);
	}

	static String row(Path impact, String urn) throws Exception {
		return row(impact, "rules-impact.csv", urn);
	}

	static String row(Path dir, String file, String urn) throws Exception {
		List<String> rows = lines(dir.resolve(file)).stream().filter(l -> l.startsWith(urn + ",")).toList();
		assertThat(rows).as("rows of %s for %s", file, urn).hasSize(1);
		return rows.get(0);
	}

	/** Cell {@code index} (from 0) of a row with no quoted cells. */
	static String field(String row, int index) {
		return row.split(",", -1)[index];
	}

	/** Every file in a folder by its path, as its SHA-256. */
	static Map<String, String> files(Path out) throws Exception {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(out)) {
			for (Path p : all.filter(Files::isRegularFile).toList()) {
				files.put(out.relativize(p).toString(),
						HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
			}
		}
		return files;
	}

	/**
	 * As {@link #files}, but run-summary.json without what two stores' runs of one night must differ in:
	 * the store's identity and the timings. The run id stays: it is the same when no run came between.
	 */
	static Map<String, String> comparable(Path out) throws Exception {
		Map<String, String> files = files(out);
		files.remove(".placewise-store");
		ObjectNode json = (ObjectNode) JSON.readTree(out.resolve("run-summary.json").toFile());
		json.remove(List.of("store_id", "timings_ms"));
		json.get("inputs").forEach(input -> ((ObjectNode) input).remove("millis"));
		files.put("run-summary.json", json.toPrettyString());
		return files;
	}

	/** A data folder and an --out of its own, commands run through Main in this JVM. */
	static final class Store {

		final Path dir;

		final Path data;

		final Path out;

		final List<String> database;

		private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

		private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

		Store(String name) {
			this.dir = DIR.resolve(name);
			this.data = dir.resolve("data");
			this.out = dir.resolve("out");
			this.database = TestFolders.processDatabase(dir);
		}

		int nightly(String asOf) {
			return run("nightly", "--inbox", INBOX.toString(), "--out", out.toString(), "--as-of", asOf);
		}

		int run(String... command) {
			List<String> args = new ArrayList<>(List.of(command));
			args.addAll(database);
			args.add("--placewise.jobs=jobs");
			stdout.reset();
			stderr.reset();
			Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
			return new Main(new PrintStream(stdout, true, StandardCharsets.UTF_8),
					new PrintStream(stderr, true, StandardCharsets.UTF_8), clock)
				.run(args.toArray(String[]::new));
		}

		String output() {
			return stdout.toString(StandardCharsets.UTF_8) + stderr.toString(StandardCharsets.UTF_8);
		}

		String err() {
			return stderr.toString(StandardCharsets.UTF_8);
		}

		/** Every row of every table of the store, as text, by table: what any later command could read. */
		Map<String, String> contents() throws Exception {
			String url = database.stream()
				.filter(a -> a.startsWith("--spring.datasource.url="))
				.map(a -> a.substring("--spring.datasource.url=".length()))
				.findFirst()
				.orElse("jdbc:h2:file:" + data.toAbsolutePath().resolve("placewise"));
			String user = "placewise";
			String password = TestFolders.onPostgres() ? "placewise" : "";
			Map<String, String> tables = new TreeMap<>();
			// H2: the store closes with this connection (no DB_CLOSE_DELAY), before the next command opens it
			try (Connection c = DriverManager.getConnection(url, user, password)) {
				List<String> names = new ArrayList<>();
				try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] { "TABLE" })) {
					while (rs.next()) {
						names.add(rs.getString("TABLE_NAME"));
					}
				}
				for (String table : names) {
					List<String> rows = new ArrayList<>();
					try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select * from \"" + table + "\"")) {
						int columns = rs.getMetaData().getColumnCount();
						while (rs.next()) {
							StringBuilder row = new StringBuilder();
							for (int i = 1; i <= columns; i++) {
								row.append(rs.getString(i)).append('\u0001');
							}
							rows.add(row.toString());
						}
					}
					rows.sort(null);
					tables.put(table, rows.size() + " rows\n" + String.join("\n", rows));
				}
			}
			return tables;
		}
	}
}
