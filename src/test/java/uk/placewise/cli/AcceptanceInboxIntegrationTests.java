package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;

/**
 * The acceptance inbox (src/test/resources/acceptance/inbox: eleven fictitious settings, fourteen
 * children, every feed in its real format) run through the real nightly job against a real database,
 * as a council would: at the end of September and October 2026 and then on Friday 20 November 2026.
 * Subclasses assert what a reader of each output sees against numbers worked out by hand.
 */
// a store of its own per test JVM: the subclasses run in both JVMs at once
@NightlyIntegrationTest(store = "AcceptanceInbox")
abstract class AcceptanceInboxIntegrationTests {

	/** One folder per test JVM: its subclasses run in both, and a shared folder was emptied under the other's nights. */
	static final Path DIR = TestFolders.fresh(AcceptanceInboxIntegrationTests.class.getSimpleName() + "-"
			+ TestFolders.jvm());

	static final Path INBOX = TestFolders.resources("acceptance/inbox");

	static final LocalDate SEPTEMBER_END = LocalDate.of(2026, 9, 30);

	static final LocalDate OCTOBER_END = LocalDate.of(2026, 10, 31);

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	/** The as-of night's --out; the month-end nights write under history/. */
	static final Path OUT = DIR.resolve("out");

	static final Path PREVIEWS = Path.of("target", "acceptance-previews");

	private static final List<NightlyResult> NIGHTS = new ArrayList<>();

	@Autowired
	NightlyRun nightly;

	@Autowired
	ApplicationContext context;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** The three nights run once for the whole suite, in date order (flags keep their first-raised night). */
	@BeforeEach
	void runTheThreeNightsOnce() throws Exception {
		synchronized (NIGHTS) {
			if (NIGHTS.isEmpty()) {
				NIGHTS.add(nightly.run(INBOX, DIR.resolve("history").resolve(SEPTEMBER_END.toString()), SEPTEMBER_END));
				NIGHTS.add(nightly.run(INBOX, DIR.resolve("history").resolve(OCTOBER_END.toString()), OCTOBER_END));
				NIGHTS.add(nightly.run(INBOX, OUT, AS_OF));
			}
		}
	}

	static List<NightlyResult> nights() {
		return NIGHTS;
	}

	/** The lines of an output file of the as-of night (CSV lines end CRLF; no cell here holds a line break). */
	static List<String> lines(String file) throws Exception {
		return Files.readAllLines(OUT.resolve(file), StandardCharsets.UTF_8);
	}

	/** The one row of an output CSV whose first cell (or second, for panel flags) is the key. */
	static String row(String file, String urn) throws Exception {
		List<String> rows = lines(file).stream().filter(l -> l.startsWith(urn + ",")).toList();
		assertThat(rows).as("rows of %s for %s", file, urn).hasSize(1);
		return rows.get(0);
	}

	/** "child FLAG status first_raised" for each panel flag at a setting. */
	static List<String> flagsAt(String urn) throws Exception {
		return lines("panel-flags.csv").stream().skip(1).map(l -> l.split(",", -1)).filter(c -> c[1].equals(urn))
			.map(c -> c[0] + " " + c[3] + " " + c[6] + " " + c[5])
			.toList();
	}

	/** Each child's DOB from the Header table as an output could write it: 14/02/2011, 2011-02-14, 14 Feb 2011, 14 February 2011. */
	static List<String> datesOfBirth() throws Exception {
		List<String> dobs = new ArrayList<>();
		DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		for (String line : Files.readAllLines(INBOX.resolve("ssda903_header.csv")).subList(1, 15)) {
			LocalDate dob = LocalDate.parse(line.split(",")[2], dmy);
			dobs.add(dob.format(dmy));
			dobs.add(dob.toString());
			dobs.add(dob.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)));
			dobs.add(dob.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
		}
		return dobs;
	}

	PrintStream stdout() {
		return new PrintStream(out, true, StandardCharsets.UTF_8);
	}

	PrintStream stderr() {
		return new PrintStream(err, true, StandardCharsets.UTF_8);
	}

	static CommandLine command(String... args) {
		return CommandLine.parse(args, Main.COMMANDS);
	}
}
