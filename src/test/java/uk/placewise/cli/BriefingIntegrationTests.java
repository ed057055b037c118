package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import uk.placewise.report.pdf.PdfReading;

/**
 * Issue 18: the visit briefings of the acceptance inbox as of Friday 20 November 2026, reloaded as a
 * reader sees them, against counts made by hand from the fixture files. Within 30 days (to 20 December)
 * or overdue: Ivy 2025-11-01, Elm Rise 2026-03-02, Cedar 2026-05-15, Damson 2026-08-01, Acorn 2026-09-03,
 * Juniper 2026-10-09, Birch 2026-11-06 (overdue) and Hazel 2026-11-20 (due today) = 8; Harbour Flat
 * (2027-01-05) comes in with 60 days. Birch Lodge's first page is rendered to
 * target/acceptance-previews/ for a person to look at.
 */
class BriefingIntegrationTests extends AcceptanceInboxIntegrationTests {

	static final Path BRIEFINGS = DIR.resolve("briefings");

	int briefing(Path dir, String... more) throws Exception {
		String[] args = Stream.concat(Stream.of("briefing", "--out", dir.toString(), "--as-of", AS_OF.toString()),
				Stream.of(more)).toArray(String[]::new);
		return new BriefingCommand(context, stdout(), stderr()).run(command(args), AS_OF);
	}

	Path written(String dir) throws Exception {
		Path folder = BRIEFINGS.resolve(dir);
		if (!Files.exists(folder.resolve("briefings.csv"))) {
			assertThat(briefing(folder)).as(err.toString()).isEqualTo(Main.OK);
		}
		return folder;
	}

	static List<String> pdfs(Path dir) throws Exception {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".pdf")).sorted().toList();
		}
	}

	static String text(Path pdf) throws Exception {
		return PdfReading.flat(PdfReading.all(pdf));
	}

	@Nested
	class TheList {

		@Test
		void hasOneBriefingPerVisitDueWithinThirtyDaysOrOverdueInTheSchedulesOrder() throws Exception {
			// when
			Path dir = BRIEFINGS.resolve("list");
			assertThat(briefing(dir)).isEqualTo(Main.OK);
			// then
			assertThat(Files.readAllLines(dir.resolve("briefings.csv"), StandardCharsets.UTF_8)).containsExactly(
					"urn,setting_name,band,score,due,overdue,officer,file",
					"SC800009,Ivy House,Critical,35,2025-11-01,yes,QA Officer 2,briefing-SC800009-2025-11-01.pdf",
					"2800005,Elm Rise,High,50,2026-03-02,yes,,briefing-2800005-2026-03-02.pdf",
					"SC800003,Cedar View,Critical,55,2026-05-15,yes,QA Officer 1,briefing-SC800003-2026-05-15.pdf",
					"SC800004,Damson Fostering,Critical,65,2026-08-01,yes,QA Officer 3,briefing-SC800004-2026-08-01.pdf",
					"SC800001,Acorn House,High,45,2026-09-03,yes,,briefing-SC800001-2026-09-03.pdf",
					"SC800010,Juniper Fostering,Critical,50,2026-10-09,yes,QA Officer 3,briefing-SC800010-2026-10-09.pdf",
					"SC800002,Birch Lodge,Critical,250,2026-11-06,yes,QA Officer 2,briefing-SC800002-2026-11-06.pdf",
					"SC800008,Hazel Lodge,Medium,20,2026-11-20,no,QA Officer 3,briefing-SC800008-2026-11-20.pdf");
			assertThat(pdfs(dir)).hasSize(8);
			assertThat(out.toString()).contains("placewise briefing: ok: 8 briefings (7 overdue, 1 due by 2026-12-20)");
		}

		@Test
		void aWiderWindowTakesInTheNextVisitAndANarrowerOneLeavesOnlyItsOwnSet() throws Exception {
			// given
			Path dir = BRIEFINGS.resolve("sixty");
			// when
			assertThat(briefing(dir, "--within", "60")).isEqualTo(Main.OK);
			// then: Harbour Flat, due 2027-01-05
			assertThat(pdfs(dir)).hasSize(9).contains("briefing-LOC-01-2027-01-05.pdf");
			// when: the same folder with the default window
			assertThat(briefing(dir)).isEqualTo(Main.OK);
			// then: the folder holds the set its list names, no stale briefing
			assertThat(pdfs(dir)).hasSize(8).doesNotContain("briefing-LOC-01-2027-01-05.pdf");
		}
	}

	@Nested
	class AnInterruptedRun {

		@Test
		void leavesNoHiddenFolderAfterTheNextRun() throws Exception {
			// given: what a run killed while moving its files in leaves: its staging folder, half moved out
			Path dir = BRIEFINGS.resolve("killed");
			Path staging = Files.createDirectories(dir.resolve(BriefingStaging.PREFIX + "1234567"));
			Files.writeString(staging.resolve("briefing-SC800008-2026-11-20.pdf"), "%PDF- half written");
			Files.writeString(staging.resolve("briefings.csv"), "urn\n");
			// when
			assertThat(briefing(dir)).as(err.toString()).isEqualTo(Main.OK);
			// then: the set is whole, no hidden folder is left, and the summary says what was removed
			try (Stream<Path> entries = Files.list(dir)) {
				assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")))
					.containsExactly(BriefingStaging.LOCK);
			}
			assertThat(pdfs(dir)).hasSize(8);
			assertThat(out.toString()).contains("; removed 1 hidden staging folder an interrupted briefing run left");
		}

		@Test
		void aBriefingRunStillWritingTheFolderIsLeftAlone() throws Exception {
			// given: another run holds the folder's briefing lock
			Path dir = Files.createDirectories(BRIEFINGS.resolve("busy"));
			try (BriefingStaging other = BriefingStaging.open(dir)) {
				// when
				int code = briefing(dir);
				// then
				assertThat(code).isEqualTo(Main.FAILED);
				assertThat(err.toString()).contains("placewise briefing: failed: another 'placewise briefing' is writing "
						+ dir);
				assertThat(other.folder()).isDirectory();
			}
			assertThat(pdfs(dir)).isEmpty();
		}

		@Test
		void aFifoInPlaceOfTheLockFailsAtOnceNamingIt() throws Exception {
			// given: a FIFO where the lock goes (opening one blocks until someone writes to it)
			Path dir = Files.createDirectories(BRIEFINGS.resolve("fifo"));
			Process p = new ProcessBuilder("mkfifo", dir.resolve(BriefingStaging.LOCK).toString()).inheritIO().start();
			assertThat(p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			// when
			int code = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
					() -> briefing(dir));
			// then
			assertThat(code).isEqualTo(Main.FAILED);
			assertThat(err.toString()).contains("placewise briefing: failed: " + dir.resolve(BriefingStaging.LOCK)
					+ " is not a regular file (it is a FIFO, socket or device): remove it");
			assertThat(pdfs(dir)).isEmpty();
		}
	}

	@Nested
	class TheWindow {

		@Test
		void endsOnItsLastDayInclusive() throws Exception {
			// Harbour Flat is due 2027-01-05: 46 days after 2026-11-20
			Path in = BRIEFINGS.resolve("forty-six");
			Path out = BRIEFINGS.resolve("forty-five");
			assertThat(briefing(in, "--within", "46")).isEqualTo(Main.OK);
			assertThat(briefing(out, "--within", "45")).isEqualTo(Main.OK);
			assertThat(pdfs(in)).contains("briefing-LOC-01-2027-01-05.pdf").hasSize(9);
			assertThat(pdfs(out)).doesNotContain("briefing-LOC-01-2027-01-05.pdf").hasSize(8);
		}

		@Test
		void noNightStoredByTheAsOfDateFailsAndWritesNothing() throws Exception {
			// the first stored night is the September month end
			Path dir = BRIEFINGS.resolve("before-any-night");
			int code = new BriefingCommand(context, stdout(), stderr()).run(command("briefing", "--out", dir.toString(),
					"--as-of", "2026-06-30"), AS_OF);
			assertThat(code).isEqualTo(Main.FAILED);
			assertThat(err.toString()).contains("no nightly run is stored on or before 2026-06-30");
			assertThat(dir).doesNotExist();
		}
	}

	@Nested
	class BirchLodge {

		@Test
		void givesEveryReasonWithItsEvidenceAndWhatToLookAt() throws Exception {
			String text = text(written("thirty").resolve("briefing-SC800002-2026-11-06.pdf"));
			// the 13 reasons of provider-risk.csv, score 250, Critical
			assertThat(text).contains("Birch Lodge (SC800002)", "Visit due 6 November 2026 · OVERDUE",
					"Band Critical · score 250 · visit every month", "Why this visit: 13 reasons, score 250",
					"Latest full inspection 2026-09-08: Inadequate");
			for (String code : List.of("OFS-INADEQUATE", "HIS-CONCERNS", "OFS-ENFORCEMENT", "QA-OUTCOME", "MIS-RATE",
					"OFS-DECLINED", "R44-WELLBEING", "HIS-INADEQUATE", "MIS-REPEAT", "R44-ACTIONS", "SDQ-COMPLEX",
					"VIA-AMBER", "MIS-RHI")) {
				assertThat(text).contains(code);
			}
			// the shipped reports/briefing-prompts.yml line for OFS-INADEQUATE
			assertThat(text).contains("What to look at",
					"Ask for the action plan against each inspection requirement.");
			assertThat(text).contains("Last QA visit: 6 October 2026, unannounced, outcome Inadequate (QA Officer 2)");
		}

		@Test
		void givesWhatHasHappenedThereAsCountedByHand() throws Exception {
			String text = text(written("thirty").resolve("briefing-SC800002-2026-11-06.pdf"));
			// B01 and B02; B01's open flags ENFORCEMENT, INADEQUATE_SETTING and REPEAT_MISSING
			assertThat(text).contains("Children placed: 2", "REPEAT_MISSING · review · since 20 Nov 2026");
			// episodes open after 2026-08-22: B01 25 Oct (interview completed 28 Oct), 3 Nov (offered 10 Nov,
			// not completed), 12 Nov (no record); B02 5 Sep (completed 8 Sep); B02's 1 March is older
			assertThat(text).contains("Missing in the last 90 days: 4 episodes, 2 return interviews outstanding",
					"offered 10 Nov 2026, not completed", "none recorded", "completed 28 Oct 2026");
			assertThat(text).doesNotContain("1 Mar 2026");
			// CN-04 to CN-07 are open; the restriction of 22 September is in force
			assertThat(text).contains("Open concerns: 4 · enforcement in force: 1",
					"Ofsted enforcement: Restriction of accommodation", "Allegation concern CN-07, open");
			// three Reg 44 reports (August, September, October); Reg 45 on 29 May 2026
			assertThat(text).contains("Reg 44 visits: the last 3 reports", "Latest Reg 45 review: 29 May 2026 (175 days before the data date)");
			assertThat(PdfReading.pages(written("thirty").resolve("briefing-SC800002-2026-11-06.pdf"))).isBetween(1, 2);
			PdfReading.preview(written("thirty").resolve("briefing-SC800002-2026-11-06.pdf"), PREVIEWS, "briefing-SC800002", 1, 2);
		}
	}

	@Nested
	class ElmRise {

		@Test
		void countsItsReasonsAndMissingEpisodesAndHasNoReg44() throws Exception {
			String text = text(written("thirty").resolve("briefing-2800005-2026-03-02.pdf"));
			// OFS-RI, MIS-RATE, QA-NEVER; E01 missing 10, 14 and 18 October with no return interview record
			assertThat(text).contains("Why this visit: 3 reasons, score 50",
					"Missing in the last 90 days: 3 episodes, 3 return interviews outstanding",
					"Last QA visit: none on record", "Reg 44 visits: none on record", "Children placed: 2");
		}
	}

	@Nested
	class Privacy {

		@Test
		void noBriefingHoldsADateOfBirthAndEveryPageIsMarkedOfficialSensitive() throws Exception {
			Path dir = written("thirty");
			List<String> dobs = datesOfBirth();
			for (String pdf : pdfs(dir)) {
				String text = PdfReading.all(dir.resolve(pdf));
				assertThat(dobs).as(pdf).noneMatch(PdfReading.flat(text)::contains);
				int pages = PdfReading.pages(dir.resolve(pdf));
				for (int page = 1; page <= pages; page++) {
					assertThat(PdfReading.page(dir.resolve(pdf), page)).as(pdf + " page " + page).contains("OFFICIAL-SENSITIVE");
				}
			}
			String list = Files.readString(dir.resolve("briefings.csv"));
			assertThat(dobs).noneMatch(list::contains);
		}
	}
}
