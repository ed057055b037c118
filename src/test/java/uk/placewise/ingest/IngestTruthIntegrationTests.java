package uk.placewise.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.PlacewiseApplication;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.store.IngestedFile;

/**
 * Issue 15 through the real nightly job, the ingest half: nothing stale (a reverted delivery is read
 * again; an unchanged file's rejects are published again) and nothing lost (one bad cell, a long file
 * name, an endless line or a huge file never costs a file its good rows, nor the night its time).
 * Each test has inboxes and out folders of its own in one store.
 */
@SpringBootTest(classes = PlacewiseApplication.class)
class IngestTruthIntegrationTests {

	static final Path DIR = TestFolders.fresh(IngestTruthIntegrationTests.class);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestFolders.database(registry, DIR);
	}

	@Autowired
	NightlyRun nightly;

	@Autowired
	JdbcTemplate jdbc;

	@Nested
	class NothingStale {

		static final String QA_HEADER = "urn,visit_date,visit_type,outcome,officer\n";

		/** Case 1: A, then a corrected B, then A again: A's value is back, and so is its score. */
		@Test
		void aDeliveryRevertedToOlderBytesIsReadAgainAndItsScoreIsBack() throws Exception {
			// given the sample inbox, whose QA visit to SC900002 found it Requires improvement (A)
			Path inbox = sampleInbox("revert");
			Path out = DIR.resolve("revert-out");
			String a = Files.readString(inbox.resolve("qa_visits.csv"));
			String b = a.replace("SC900002,18/03/2026,Unannounced,Requires improvement",
					"SC900002,18/03/2026,Unannounced,Inadequate");
			assertThat(b).isNotEqualTo(a);
			NightlyResult first = nightly.run(inbox, out, LocalDate.of(2026, 11, 20));
			String scoreA = score(out, "SC900002");
			Files.writeString(inbox.resolve("qa_visits.csv"), b);
			nightly.run(inbox, out, LocalDate.of(2026, 11, 21));
			String scoreB = score(out, "SC900002");
			// when the correction is reverted
			Files.writeString(inbox.resolve("qa_visits.csv"), a);
			NightlyResult third = nightly.run(inbox, out, LocalDate.of(2026, 11, 22));
			// then
			assertThat(first.completed()).isTrue();
			assertThat(scoreB).isNotEqualTo(scoreA);
			assertThat(file(third, "qa_visits.csv").status()).isEqualTo("ingested");
			assertThat(file(third, "qa_visits.csv").message()).contains("1 changed");
			assertThat(jdbc.queryForObject("select outcome from qa_visit where urn = 'SC900002'", String.class))
				.isEqualTo("Requires improvement to be good");
			assertThat(score(out, "SC900002")).isEqualTo(scoreA);
		}

		@Test
		void aFileWhoseRowsStillStandIsNotReadAgain() throws Exception {
			// given
			Path inbox = inbox("stands", "qa.csv", QA_HEADER + "SC810001,01/10/2026,Announced,Good,X\n");
			nightly.run(inbox, DIR.resolve("stands-out"), LocalDate.of(2026, 11, 1));
			// when
			NightlyResult again = nightly.run(inbox, DIR.resolve("stands-out"), LocalDate.of(2026, 11, 2));
			// then
			assertThat(file(again, "qa.csv").status()).isEqualTo("unchanged");
			assertThat(file(again, "qa.csv").message()).contains("whose rows still stand: not read again");
		}

		/** Case 8: every night shows the rejects of tonight's inbox, read again or not. */
		@Test
		void anUnchangedFilesRejectsArePublishedAgain() throws Exception {
			// given a night with a rejected row
			Path inbox = inbox("rejects", "reg45.csv",
					"urn,review_date,period_start,period_end\nSC820001,30/06/2026,01/01/2026,30/06/2026\n"
							+ "SC820002,31/02/2026,01/07/2025,31/12/2025\n");
			Path out = DIR.resolve("rejects-out");
			nightly.run(inbox, out, LocalDate.of(2026, 11, 1));
			String rejects = Files.readString(out.resolve("rejects/reg45.csv"));
			// when the same inbox is run the next night
			NightlyResult again = nightly.run(inbox, out, LocalDate.of(2026, 11, 2));
			// then
			assertThat(file(again, "reg45.csv").status()).isEqualTo("unchanged");
			assertThat(again.rejected()).isEqualTo(1);
			assertThat(Files.readString(out.resolve("rejects/reg45.csv"))).isEqualTo(rejects)
				.contains("SC820002,31/02/2026,01/07/2025,31/12/2025,reg45.csv,3,review_date: '31/02/2026' is not a date");
			assertThat(Files.readString(out.resolve("run-summary.json"))).contains("\"rows_rejected\" : 1");
		}
	}

	@Nested
	class NothingLost {

		static final String COSTS_HEADER = "child,urn,start_date,end_date,weekly_cost,placement_type\n";

		/** Case 6: absurd exponents reject their cells quickly; the file's good rows are stored. */
		@Test
		void anAbsurdNumberRejectsItsCellNeverTheFileAndTakesNoTime() throws Exception {
			// given
			Path inbox = inbox("exponents", "costs.csv", COSTS_HEADER + "K601,SC840001,01/03/2026,,5200.00,residential\n"
					+ "K602,SC840001,01/03/2026,,1e-999999999,residential\n"
					+ "K603,SC840001,01/03/2026,,1e-100000000,residential\n"
					+ "K604,SC840001,01/03/2026,,1e99999,residential\n"
					+ "K605,SC840001,01/03/2026,,1.5E+03,residential\n");
			long started = System.nanoTime();
			// when
			NightlyResult result = nightly.run(inbox, DIR.resolve("exponents-out"), LocalDate.of(2026, 11, 1));
			// then
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
			IngestedFile costs = file(result, "costs.csv");
			assertThat(costs.status()).isEqualTo("ingested");
			assertThat(costs.rowsAccepted()).isEqualTo(2);
			assertThat(costs.rowsRejected()).isEqualTo(3);
			assertThat(jdbc.queryForObject("select weekly_cost from placement_cost where child = 'K605'", Double.class))
				.isEqualTo(1500.0);
			assertThat(Files.readString(DIR.resolve("exponents-out/rejects/costs.csv")))
				.contains("weekly_cost: '1e-999999999' is not a number Placewise reads (at most 30 digits and an exponent of at most 99)")
				.contains("weekly_cost: '1e-100000000' is not a number Placewise reads");
		}

		/** Case 6: Excel's "Save as" of a long sheet title gives a file name near the file system's limit. */
		@Test
		void aFileNameOf250CharactersIsIngestedWithItsRejects() throws Exception {
			// given
			String name = "Concerns raised about settings " + "x".repeat(250 - 35) + ".csv";
			assertThat(name).hasSize(250);
			Path inbox = inbox("long-name", name, "concern_id,urn,raised_date,category,status,closed_date\n"
					+ "CN850001,SC850001,01/10/2026,safeguarding,open,\nCN850002,SC850001,01/10/2026,gossip,open,\n");
			// when
			NightlyResult result = nightly.run(inbox, DIR.resolve("long-name-out"), LocalDate.of(2026, 11, 1));
			// then
			assertThat(file(result, name).status()).isEqualTo("ingested");
			assertThat(file(result, name).rowsAccepted()).isEqualTo(1);
			assertThat(Files.readString(DIR.resolve("long-name-out/rejects/concerns.csv"))).contains(name + ",3,\"category:");
		}

		/** Case 7: the size cap is checked before a byte is hashed. */
		@Test
		void aSparseFileOfOneTerabyteIsReportedWithoutBeingRead() throws Exception {
			// given
			Path inbox = Files.createDirectories(DIR.resolve("sparse"));
			try (RandomAccessFile huge = new RandomAccessFile(inbox.resolve("export.csv").toFile(), "rw")) {
				huge.setLength(1L << 40);
			}
			long started = System.nanoTime();
			// when
			NightlyResult result = nightly.run(inbox, DIR.resolve("sparse-out"), LocalDate.of(2026, 11, 1));
			// then
			Files.delete(inbox.resolve("export.csv"));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
			IngestedFile file = file(result, "export.csv");
			assertThat(file.status()).isEqualTo("unrecognised");
			assertThat(file.sha256()).isNull();
			assertThat(file.message()).startsWith("too large to be a feed: 1048576 MB");
		}

		/** Case 7: a line with no end is cut and its row rejected; the rows after it are still read. */
		@Test
		void aLineOfFiveMillionCharactersRejectsItsRowAndTheRowsAfterItAreRead() throws Exception {
			// given
			Path inbox = inbox("long-line", "reg45.csv", "urn,review_date,period_start,period_end\n"
					+ "SC860001,30/06/2026,01/01/2026," + "9".repeat(5_000_000) + "\nSC860002,30/06/2026,01/01/2026,30/06/2026\n");
			// when
			NightlyResult result = nightly.run(inbox, DIR.resolve("long-line-out"), LocalDate.of(2026, 11, 1));
			// then
			IngestedFile file = file(result, "reg45.csv");
			assertThat(file.rowsAccepted()).isEqualTo(1);
			assertThat(file.rowsRejected()).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from reg45_review where urn = 'SC860002'", Integer.class)).isOne();
			assertThat(Files.readString(DIR.resolve("long-line-out/rejects/reg45.csv")))
				.contains("reg45.csv,2,\"too long: line 2 has more than 1,000,000 characters (the rest of the line was not read)\"");
		}

		/** Case 7: a quote that never closes ends the file there, in bounded memory, keeping the rows before. */
		@Test
		void aQuotedCellRunningOnForMegabytesEndsTheFileKeepingTheRowsBefore() throws Exception {
			// given
			StringBuilder csv = new StringBuilder("urn,review_date,period_start,period_end\n"
					+ "SC870001,30/06/2026,01/01/2026,30/06/2026\nSC870002,30/06/2026,\"01/01/2026\n");
			for (int i = 0; i < 20_000; i++) {
				csv.append("SC87").append(String.format("%04d", i % 10_000)).append(",30/06/2026,01/01/2026,30/06/2026\n");
			}
			Path inbox = inbox("open-quote", "reg45.csv", csv.toString());
			// when
			NightlyResult result = nightly.run(inbox, DIR.resolve("open-quote-out"), LocalDate.of(2026, 11, 1));
			// then
			IngestedFile file = file(result, "reg45.csv");
			assertThat(file.rowsAccepted()).isEqualTo(1);
			assertThat(file.rowsRejected()).isEqualTo(1);
			assertThat(Files.readString(DIR.resolve("open-quote-out/rejects/reg45.csv")))
				.contains("runs past 1,000 lines or 1,000,000 characters (a quote never closed?): the rest of the file was not read");
		}
	}

	private static IngestedFile file(NightlyResult result, String name) {
		return result.files().stream().filter(f -> f.fileName().equals(name)).findFirst().orElseThrow();
	}

	/** The score column of provider-risk.csv for a URN. */
	private static String score(Path out, String urn) throws IOException {
		try (Stream<String> lines = Files.lines(out.resolve("provider-risk.csv"))) {
			String row = lines.filter(l -> l.startsWith(urn + ",")).findFirst().orElseThrow();
			return row.split(",")[4];
		}
	}

	private static Path inbox(String name, String file, String csv) throws IOException {
		Path inbox = Files.createDirectories(DIR.resolve(name));
		Files.writeString(inbox.resolve(file), csv, StandardCharsets.UTF_8);
		return inbox;
	}

	private static Path sampleInbox(String name) throws IOException {
		Path inbox = DIR.resolve(name);
		copyTree(Path.of("jobs", "sample-inbox"), inbox);
		return inbox;
	}

	private static void copyTree(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path f : files.toList()) {
				Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}
}
