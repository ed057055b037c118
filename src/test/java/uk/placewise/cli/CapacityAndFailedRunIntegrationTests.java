package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.report.pdf.PdfReading;

/**
 * Issue 5, the hard cases: the QA team's monthly capacity squeezing the schedule, and a night that
 * fails half-way. The inbox (src/test/resources/acceptance/capacity) has four fostering agencies as of
 * 2026-11-20; the team can make one visit a month; the rules are a copy of rules/ in the test folder,
 * so a test can break them.
 */
@NightlyIntegrationTest
class CapacityAndFailedRunIntegrationTests {

	static final Path DIR = TestFolders.fresh(CapacityAndFailedRunIntegrationTests.class);

	static final Path INBOX = TestFolders.resources("acceptance/capacity");

	static final Path RULES = copyOfTheRules();

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("placewise.qa.monthly-capacity", () -> "1");
		registry.add("placewise.rules", RULES::toString);
	}

	@Autowired
	NightlyRun nightly;

	@Autowired
	ApplicationContext context;

	@Nested
	class WhenTheQaTeamCanMakeOneVisitAMonth {

		@Test
		void higherBandsKeepTheirDatesLowerOnesMoveAndTheAnnualFloorMarksTheRestOverCapacity() throws Exception {
			// given
			Path out = DIR.resolve("out-capacity");
			// when
			NightlyResult result = nightly.run(INBOX, out, AS_OF);
			// then
			assertThat(result.completed()).as(result.failure()).isTrue();
			// Ash: RI 25 + VIA-RED 25 = 50 High, last visit 2026-09-10 + 3 months = 2026-12-10: keeps December.
			// Beech: QA-NEVER 10 Low, placed 2026-09-01 + 3 months = 2026-12-01; December is full, January
			// is free and before its floor (2027-09-01): the first working day, 4 January (1st is a bank holiday).
			// Cherry: placed 2026-09-15 → 2026-12-15; December and January full → Monday 1 February 2027.
			// Damson: Outstanding, 0 Low, last visit 2025-12-07 + 12 months = 2026-12-07, which is also its
			// annual floor: it cannot move, so it keeps its date, over capacity (2 visits in December for 1).
			assertThat(Files.readString(out.resolve("visit-schedule.csv")).replace("\r\n", "\n")).isEqualTo("""
					urn,setting_name,provider,band,score,last_visit,next_due,overdue,children_placed,reasons,capacity
					SC700004,Damson Fostering,Damson Family Care Ltd,Low,0,2025-12-07,2026-12-07,no,1,,over capacity
					SC700001,Ash Fostering,Ash Family Care Ltd,High,50,2026-09-10,2026-12-10,no,1,OFS-RI:25;VIA-RED:25,
					SC700002,Beech Fostering,Beech Family Care Ltd,Low,10,,2027-01-04,no,1,QA-NEVER:10,moved from 2026-12-01
					SC700003,Cherry Fostering,Cherry Family Care Ltd,Low,10,,2027-02-01,no,1,QA-NEVER:10,moved from 2026-12-15
					""");
		}

		@Test
		void theSchedulePdfSaysWhichVisitsMovedAndFromWhenAndWhichDoNotFit() throws Exception {
			// given
			Path out = DIR.resolve("out-capacity-pdf");
			// when
			nightly.run(INBOX, out, AS_OF);
			// then: the same fields as the CSV's capacity column, under the due date
			String pdf = PdfReading.flat(PdfReading.all(out.resolve("visit-schedule.pdf")));
			assertThat(pdf).contains("Damson Fostering SC700004 Damson Family Care Ltd Low 0 7 Dec 2025 7 Dec 2026 over capacity")
				.contains("4 Jan 2027 moved from 1 Dec 2026")
				.contains("1 Feb 2027 moved from 15 Dec 2026");
			PdfReading.preview(out.resolve("visit-schedule.pdf"), Path.of("target", "acceptance-previews"),
					"visit-schedule-capacity", 1);
		}

		@Test
		void theRunSummarySaysWhichVisitsDoNotFit() throws Exception {
			// given
			Path out = DIR.resolve("out-capacity-summary");
			// when
			nightly.run(INBOX, out, AS_OF);
			// then
			assertThat(Files.readString(out.resolve("run-summary.json"))).contains("\"moved_for_capacity\" : 2")
				.contains("\"over_capacity\" : 1")
				.contains("\"over_capacity_urns\" : [ \"SC700004\" ]");
		}
	}

	@Nested
	class WhenANightFailsHalfWay {

		@Test
		void thePreviousNightsOutputsStayByteIdenticalAndTheCommandExitsOne() throws Exception {
			// given last night's complete outputs
			Path out = DIR.resolve("out-failing");
			assertThat(nightly.run(INBOX, out, AS_OF.minusDays(1)).completed()).isTrue();
			Map<String, byte[]> lastNight = published(out);
			assertThat(lastNight).containsKeys("provider-risk.csv", "visit-schedule.csv", "visit-schedule.ics",
					"visit-schedule.pdf", "panel-flags.csv", "provider-rollup.csv", "run-summary.json");
			// and tonight a rule whose consequence throws, after the feeds are ingested
			Path broken = Files.writeString(RULES.resolve("broken.drl"), """
					package uk.placewise.rules;
					import uk.placewise.facts.Setting;
					// A council's mistake that only shows at run time: the consequence throws.
					rule "BROKEN-CONSEQUENCE"
					when
					    Setting( urn == "SC700002" )
					then
					    Integer.parseInt( "not a number" );
					end
					""");
			ByteArrayOutputStream stdout = new ByteArrayOutputStream();
			ByteArrayOutputStream stderr = new ByteArrayOutputStream();
			int exit;
			try {
				// when
				exit = new NightlyCommand(context, new PrintStream(stdout, true, StandardCharsets.UTF_8),
						new PrintStream(stderr, true, StandardCharsets.UTF_8))
					.run(CommandLine.parse(new String[] { "nightly", "--inbox", INBOX.toString(), "--out", out.toString(),
							"--as-of", AS_OF.toString() }, Main.COMMANDS), Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC));
			}
			finally {
				Files.delete(broken);
			}
			// then
			assertThat(exit).isEqualTo(1);
			assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
			assertThat(stderr.toString(StandardCharsets.UTF_8)).startsWith("placewise nightly: failed: run ")
				.contains("as of 2026-11-20", "not a number", "the previous outputs in " + out + " are unchanged");
			Map<String, byte[]> afterwards = published(out);
			assertThat(afterwards.keySet()).isEqualTo(lastNight.keySet());
			lastNight.forEach((file, bytes) -> assertThat(afterwards.get(file)).as(file).isEqualTo(bytes));
			assertThat(new String(afterwards.get("run-summary.json"), StandardCharsets.UTF_8))
				.contains("\"as_of\" : \"2026-11-19\"");
			try (Stream<Path> entries = Files.list(out)) {
				assertThat(entries.map(p -> p.getFileName().toString())).as("no empty staging folder left")
					.noneMatch(name -> name.startsWith(".placewise-run-"));
			}
		}

		/** Every file a reader of --out sees (not the run's hidden staging folder), by relative path. */
		private static Map<String, byte[]> published(Path out) throws IOException {
			Map<String, byte[]> files = new TreeMap<>();
			try (Stream<Path> all = Files.walk(out)) {
				for (Path file : all.filter(Files::isRegularFile).toList()) {
					String name = out.relativize(file).toString();
					if (!name.startsWith(".placewise-run-")) {
						files.put(name, Files.readAllBytes(file));
					}
				}
			}
			return files;
		}
	}

	private static Path copyOfTheRules() {
		Path rules = DIR.resolve("rules");
		try (Stream<Path> files = Files.list(Path.of("rules"))) {
			Files.createDirectories(rules);
			for (Path file : files.toList()) {
				Files.copy(file, rules.resolve(file.getFileName()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rules;
	}
}
