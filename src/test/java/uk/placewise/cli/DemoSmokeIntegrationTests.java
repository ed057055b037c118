package uk.placewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.opencsv.CSVReaderHeaderAware;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import uk.placewise.NightlyIntegrationTest;
import uk.placewise.TestFolders;
import uk.placewise.assess.Assessment;
import uk.placewise.assess.Assessor;
import uk.placewise.assess.RuleBase;
import uk.placewise.demo.DemoGenerator;
import uk.placewise.demo.Scale;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.report.pdf.PdfReading;
import uk.placewise.results.KpiValue;
import uk.placewise.results.ResultStore;
import uk.placewise.store.FactLoader;

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

	private static Path demoOut;

	/**
	 * A synthetic council's inbox, run on the as-of date once for the class (one night: the first ingest
	 * of ~30,000 rows is the slow part; the dashboard's trends over several nights are asserted on the
	 * acceptance inbox).
	 */
	private synchronized Path demoNight() throws Exception {
		if (demoOut == null) {
			Path inbox = DIR.resolve("inbox");
			new DemoGenerator(Scale.LA, 1, AS_OF, null).generate(inbox);
			assertThat(nightly.run(inbox, DIR.resolve("out"), AS_OF).completed()).isTrue();
			demoOut = DIR.resolve("out");
		}
		return demoOut;
	}

	@Test
	void anLaScaleDemoProducesEveryPdfAndEveryFactorBandAndFlag() throws Exception {
		// given a synthetic council's night
		Path out = demoNight();
		// when it is reported on
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

	/**
	 * Issue 16: the director's page and the panel count the same children. The panel's children are those
	 * with an open flag in panel-flags.csv; the dashboard's are those the rules measured (kpis.drl) for the
	 * same night's facts, and its stored numbers are their counts.
	 */
	@Test
	void thePanelAndTheDashboardCountTheSameChildrenChildByChild() throws Exception {
		// given
		Path out = demoNight();
		Map<String, Set<String>> panel = new TreeMap<>();
		for (String[] row : rows(out.resolve("panel-flags.csv"), "flag", "child", "status")) {
			if (!row[2].equals("resolved")) {
				panel.computeIfAbsent(row[0], k -> new TreeSet<>()).add(row[1]);
			}
		}
		// when
		RuleBase rules = RuleBase.compile(Path.of("rules"));
		Assessment night = new Assessor(rules)
			.assess(context.getBean(FactLoader.class).load(AS_OF, rules.factWindow().lookBackDays()));
		ResultStore results = context.getBean(ResultStore.class);
		List<KpiValue> stored = results.kpis(results.latestRun().orElseThrow().runId());
		// then: child by child
		assertThat(counted(night, "K8")).isNotEmpty().isEqualTo(panel.get("INSTABILITY"));
		assertThat(counted(night, "K2")).isNotEmpty().isEqualTo(panel.get("INADEQUATE_SETTING"));
		assertThat(counted(night, "K3")).containsAll(panel.get("DISTANT_UNVISITED"));
		// and in the numbers the dashboard shows
		assertThat(stored(stored, "K8", "three_plus_placements").numerator()).isEqualTo(panel.get("INSTABILITY").size());
		assertThat(stored(stored, "K2", "children_at_inadequate").numerator())
			.isEqualTo(panel.get("INADEQUATE_SETTING").size());
	}

	private static Set<String> counted(Assessment night, String measure) {
		Set<String> children = new TreeSet<>();
		night.measures().stream().filter(m -> m.measure().equals(measure) && m.counted()).forEach(m -> children.add(m.child()));
		return children;
	}

	private static KpiValue stored(List<KpiValue> kpis, String kpi, String measure) {
		return kpis.stream().filter(k -> k.kpi().equals(kpi) && k.measure().equals(measure)).findFirst().orElseThrow();
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
