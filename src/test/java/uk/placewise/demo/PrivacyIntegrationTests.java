package uk.placewise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.opencsv.CSVReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.briefing.BriefingAssembler;
import uk.placewise.briefing.BriefingFiles;
import uk.placewise.dashboard.DashboardAssembler;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.panel.PanelPackAssembler;
import uk.placewise.report.pdf.DashboardPdf;
import uk.placewise.report.pdf.PanelPackPdf;
import uk.placewise.run.DataFolder;

/**
 * Privacy, over the la demo: the nightly files, run-summary.json, the dashboard, the panel pack and the visit briefings
 * never carry a child's date of birth (as the inputs give it, in ISO form, or as the PDFs print
 * dates), a UPN, or a column for a child's name; and the data folder is readable by its owner only.
 */
@NightlyIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyIntegrationTests {

	static final Path DIR = TestFolders.fresh(PrivacyIntegrationTests.class);

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	/** Dates as the inputs write them, as ISO, and as the PDFs print them ("14 February 2012", "14 Feb 2012"). */
	static final Pattern DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}"
			+ "|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{4}");

	static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
			"dec");

	static final Set<String> HEADER_COLUMNS = Set.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB", "LA",
			"YEAR");

	@Autowired
	NightlyRun nightly;

	@Autowired
	DashboardAssembler dashboard;

	@Autowired
	PanelPackAssembler panel;

	@Autowired
	BriefingAssembler briefings;

	@Autowired
	BriefingFiles briefingFiles;

	Path inbox;

	Path out;

	/** Every text of every output file, by file. */
	Map<String, String> outputs = new HashMap<>();

	@BeforeAll
	void runTheLaDemoNightAndItsReports() throws Exception {
		inbox = new DemoGenerator(Scale.LA, 1, AS_OF, null).generate(DIR.resolve("inbox")).dir();
		out = DIR.resolve("out");
		assertThat(nightly.run(inbox, out, AS_OF).completed()).isTrue();
		new DashboardPdf(dashboard.reports()).write(dashboard.assemble(YearMonth.from(AS_OF)), out.resolve("dashboard.pdf"));
		new PanelPackPdf(dashboard.reports()).write(panel.assemble(AS_OF).orElseThrow(), out.resolve("panel-pack.pdf"));
		Files.createDirectories(out.resolve("briefings"));
		briefingFiles.write(briefings.assemble(AS_OF, 30).orElseThrow(), out.resolve("briefings"));
		try (Stream<Path> files = Files.walk(out)) {
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				outputs.put(out.relativize(f).toString(), text(f));
			}
		}
	}

	@Test
	void writesEveryKindOfOutput() {
		assertThat(outputs.keySet()).contains("provider-risk.csv", "visit-schedule.csv", "visit-schedule.ics",
				"visit-schedule.pdf", "panel-flags.csv", "provider-rollup.csv", "run-summary.json", "dashboard.pdf",
				"panel-pack.pdf", "briefings/briefings.csv");
		assertThat(outputs.keySet()).anyMatch(f -> f.startsWith("briefings/briefing-") && f.endsWith(".pdf"));
	}

	@Test
	void noOutputHoldsAChildsDateOfBirthInEitherForm() throws Exception {
		Set<String> dobs = dobsNotUsedForAnythingElse();
		assertThat(dobs).hasSizeGreaterThan(100);
		assertThat(DATE.matcher(outputs.get("panel-pack.pdf")).find()).as("the scan reads the PDFs' dates").isTrue();
		outputs.forEach((file, text) -> {
			Matcher m = DATE.matcher(text);
			while (m.find()) {
				assertThat(dobs).as("%s holds a date of birth", file).doesNotContain(iso(m.group()));
			}
		});
	}

	@Test
	void noOutputHoldsAUpn() throws Exception {
		Set<String> upns = new HashSet<>();
		for (Map<String, String> row : rows("DOB", "ETHNIC")) {
			if (!row.getOrDefault("UPN", "").isBlank()) {
				upns.add(row.get("UPN"));
			}
		}
		outputs.forEach((file, text) -> assertThat(upns).as(file).noneMatch(text::contains));
	}

	@Test
	void theChildrensInputsHaveNoNameColumns() throws Exception {
		for (Path f : inboxFiles()) {
			String[] header = header(f);
			if (List.of(header).contains("CHILD")) {
				assertThat(header).as(f.toString()).noneMatch(PrivacyIntegrationTests::looksLikeAName);
			}
			if (List.of(header).contains("ETHNIC")) {
				assertThat(HEADER_COLUMNS).as(f.toString()).contains(header);
			}
		}
	}

	@Test
	void noOutputHasAColumnForAName() {
		outputs.forEach((file, text) -> {
			if (file.endsWith(".csv")) {
				String header = text.lines().findFirst().orElse("");
				assertThat(header.split(",")).as(file).noneMatch(PrivacyIntegrationTests::looksLikeAName);
			}
		});
	}

	@Test
	void makesTheDataFolderAndItsFilesOwnerOnly() throws IOException {
		Path data = DataFolder.secure(DIR.resolve("data"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
		try (Stream<Path> files = Files.list(data)) {
			List<Path> all = files.filter(Files::isRegularFile).toList();
			if (!TestFolders.onPostgres()) {
				assertThat(all).as("the H2 database file").isNotEmpty();
			}
			assertThat(all).allSatisfy(f -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
				.as(f.toString())
				.isEqualTo("rw-------"));
		}
	}

	/** Children's names would be name/forename/surname columns; setting_name is a setting's. */
	static boolean looksLikeAName(String column) {
		String c = column.strip().toLowerCase(Locale.ROOT);
		return c.equals("name") || c.contains("forename") || c.contains("surname") || c.contains("first_name")
				|| c.contains("last_name") || c.contains("child_name") || c.contains("given");
	}

	/** DOBs (ISO) from Header, Missing and OC2, less any date the inputs also use for something else. */
	private Set<String> dobsNotUsedForAnythingElse() throws Exception {
		Set<String> dobs = new HashSet<>();
		Set<String> other = new HashSet<>();
		for (Path f : inboxFiles()) {
			for (Map<String, String> row : rows(f)) {
				row.forEach((column, value) -> {
					if (DATE.matcher(value).matches()) {
						(column.endsWith("DOB") ? dobs : other).add(iso(value));
					}
				});
			}
		}
		dobs.removeAll(other);
		return dobs;
	}

	private List<Map<String, String>> rows(String... mustHave) throws Exception {
		for (Path f : inboxFiles()) {
			if (List.of(header(f)).containsAll(List.of(mustHave))) {
				return rows(f);
			}
		}
		throw new IllegalStateException("no inbox file with " + List.of(mustHave));
	}

	private static List<Map<String, String>> rows(Path f) throws Exception {
		try (CSVReader csv = new CSVReader(new StringReader(Files.readString(f, StandardCharsets.ISO_8859_1)))) {
			List<String[]> all = csv.readAll();
			int h = 0;
			while (h < all.size() && all.get(h).length < 3) {
				h++;
			}
			String[] header = all.get(Math.min(h, all.size() - 1));
			return all.stream().skip(h + 1L).map(r -> {
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < Math.min(r.length, header.length); i++) {
					row.put(header[i].strip(), r[i]);
				}
				return row;
			}).toList();
		}
	}

	private static String[] header(Path f) throws Exception {
		try (CSVReader csv = new CSVReader(new StringReader(Files.readString(f, StandardCharsets.ISO_8859_1)))) {
			return csv.readNext();
		}
	}

	private List<Path> inboxFiles() throws IOException {
		try (Stream<Path> files = Files.list(inbox)) {
			return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
		}
	}

	static String iso(String date) {
		if (date.contains("-")) {
			return date;
		}
		if (date.contains(" ")) {
			String[] p = date.split(" ");
			int month = MONTHS.indexOf(p[1].substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
			return LocalDate.of(Integer.parseInt(p[2]), month, Integer.parseInt(p[0])).toString();
		}
		String[] p = date.split("/");
		return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0])).toString();
	}

	private static String text(Path f) throws IOException {
		if (f.toString().endsWith(".pdf")) {
			try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
				return new PDFTextStripper().getText(pdf);
			}
		}
		return Files.readString(f, StandardCharsets.UTF_8);
	}
}
