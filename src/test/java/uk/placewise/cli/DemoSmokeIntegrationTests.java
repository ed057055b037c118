package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.opencsv.CSVReaderHeaderAware;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.demo.DemoGenerator;
import uk.placewise.demo.Scale;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.report.pdf.PdfReading;

/**
 * A smoke test of what {@code placewise demo} does, in a test folder instead of ./demo: the synthetic
 * council at LA scale, its nightly run, then the dashboard and the panel pack.
 * Every factor, band and flag of risk-model.md must show up somewhere.
 */
@NightlyIntegrationTest
class DemoSmokeIntegrationTests {

	static final Path DIR = TestFolders.fresh(DemoSmokeIntegrationTests.class);

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	static final Set<String> FACTORS = Set.of("OFS-INADEQUATE", "OFS-RI", "OFS-GOOD", "OFS-NONE", "OFS-STALE",
			"OFS-DECLINED", "OFS-ENFORCEMENT", "R44-MISSING", "R44-UNSAFE", "R44-WELLBEING", "R44-ACTIONS",
			"R45-OVERDUE", "MIS-RATE", "MIS-REPEAT", "MIS-RHI", "SDQ-COMPLEX", "SDQ-RISING", "HIS-CONCERNS",
			"HIS-INADEQUATE", "QA-OUTCOME", "QA-NEVER", "VIA-AMBER", "VIA-RED");

	static final Set<String> FLAGS = Set.of("INADEQUATE_SETTING", "ENFORCEMENT", "UNDER16_UNREGULATED",
			"UNREGISTERED_SUPPORTED", "REG44_UNSAFE", "REPEAT_MISSING", "SDQ_CONCERN", "INSTABILITY",
			"DISTANT_UNVISITED", "CRITICAL_SETTING");

	@Autowired
	NightlyRun nightly;

	@Autowired
	ApplicationContext context;

	@Test
	void anLaScaleDemoProducesEveryPdfAndEveryFactorBandAndFlag() throws Exception {
		// given a synthetic council's inbox
		Path inbox = DIR.resolve("inbox");
		new DemoGenerator(Scale.LA, 1, AS_OF, null).generate(inbox);
		Path out = DIR.resolve("out");
		// when it is run on the as-of date (one night: the first ingest of ~30,000 rows is the slow part; the
		// dashboard's trends over several nights are asserted on the acceptance inbox), then reported on
		assertThat(nightly.run(inbox, out, AS_OF).completed()).isTrue();
		ReportCommands reports = new ReportCommands(context, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(new ByteArrayOutputStream()));
		assertThat(reports.dashboard(CommandLine.parse(new String[] { "dashboard", "--month", "2026-11", "--out",
				out.toString() }, Main.COMMANDS))).isZero();
		assertThat(reports.panel(CommandLine.parse(new String[] { "panel", "--out", out.toString() }, Main.COMMANDS),
				AS_OF)).isZero();
		// then
		for (String pdf : List.of("visit-schedule.pdf", "dashboard-2026-11.pdf", "panel-pack-2026-11-20.pdf")) {
			assertThat(PdfReading.pages(out.resolve(pdf))).as(pdf).isPositive();
		}
		Set<String> factors = new TreeSet<>();
		Set<String> bands = new TreeSet<>();
		for (String[] row : rows(out.resolve("provider-risk.csv"), "reasons", "band")) {
			for (String reason : row[0].split(";")) {
				factors.add(reason.split(":")[0]);
			}
			bands.add(row[1]);
		}
		factors.remove("");
		assertThat(factors).isEqualTo(FACTORS);
		assertThat(bands).containsExactlyInAnyOrder("Critical", "High", "Medium", "Low");
		Set<String> flags = new TreeSet<>();
		rows(out.resolve("panel-flags.csv"), "flag").forEach(r -> flags.add(r[0]));
		assertThat(flags).isEqualTo(FLAGS);
	}

	private static List<String[]> rows(Path csv, String... columns) throws Exception {
		try (Reader reader = Files.newBufferedReader(csv); CSVReaderHeaderAware rows = new CSVReaderHeaderAware(reader)) {
			List<String[]> found = new java.util.ArrayList<>();
			for (java.util.Map<String, String> row = rows.readMap(); row != null; row = rows.readMap()) {
				String[] cells = new String[columns.length];
				for (int i = 0; i < columns.length; i++) {
					cells[i] = row.get(columns[i]);
				}
				found.add(cells);
			}
			return found;
		}
	}
}
