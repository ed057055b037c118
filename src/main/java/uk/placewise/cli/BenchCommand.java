package uk.placewise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ApplicationContext;

import uk.placewise.PlacewiseProperties;
import uk.placewise.assess.Assessment;
import uk.placewise.assess.Assessor;
import uk.placewise.assess.RuleBase;
import uk.placewise.bench.Agreement;
import uk.placewise.bench.BenchReport;
import uk.placewise.bench.ExplainProcess;
import uk.placewise.bench.HeapWatch;
import uk.placewise.bench.Machine;
import uk.placewise.bench.NextNightInbox;
import uk.placewise.bench.RawParse;
import uk.placewise.bench.ReferenceModel;
import uk.placewise.demo.DemoGenerator;
import uk.placewise.demo.DemoInbox;
import uk.placewise.demo.Scale;
import uk.placewise.facts.FactSet;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;
import uk.placewise.store.FactLoader;

/**
 * {@code placewise bench [--scale la|region|national]}: on the demo generator's inbox (in bench/, its
 * own database in bench/data, made anew), measures in this one process the product against its floors
 * and targets (issue 10): ingest against raw OpenCSV parsing, the Drools assessment against a plain
 * Java reference of the default model (which must agree on every setting, or the bench fails), nightly
 * on a fresh store and again unchanged, explain, the dashboard, start-up and the peak heap. Prints a
 * table and writes bench/bench.json. Not a test: nothing here runs in CI.
 */
final class BenchCommand {

	static final Path BENCH = Path.of("bench");

	private static final int SHOWN_DISAGREEMENTS = 10;

	private final PrintStream out;

	private final PrintStream err;

	private final long started = System.nanoTime();

	BenchCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Checks the options and empties bench/ before Spring opens its database there. */
	static CommandLine prepare(CommandLine line) {
		scale(line);
		if (line.springArgs().stream().anyMatch(a -> a.startsWith("--placewise.data-dir="))) {
			throw new UsageException("'bench' always uses its own store in bench/data; leave out --placewise.data-dir");
		}
		DemoCommand.empty(BENCH);
		return line.withSpringArg("--placewise.data-dir=" + BENCH.resolve("data"));
	}

	static Scale scale(CommandLine line) {
		return DemoCommand.scale(line, Scale.NATIONAL);
	}

	int run(ApplicationContext context, CommandLine line, LocalDate asOf) throws Exception {
		long startup = ManagementFactory.getRuntimeMXBean().getUptime();
		Scale scale = scale(line);
		BenchReport report = new BenchReport();
		try (HeapWatch heap = new HeapWatch()) {
			Map<String, Object> heapByPhase = new LinkedHashMap<>();
			DemoInbox inbox = new DemoGenerator(scale, 1, asOf, this::progress).generate(BENCH.resolve("inbox"));
			progress("inbox: " + inbox.files().size() + " files, "
					+ inbox.files().stream().mapToLong(DemoInbox.InboxFile::rows).sum() + " rows");
			heapByPhase.put("generate", heap.reset());

			// (1) the ingest floors: OpenCSV alone, and with every record hashed (after a warm-up; best of two each)
			List<Path> files = inboxFiles(inbox.dir());
			RawParse.parseAndHash(files); // warm-up, so that neither floor pays for the JIT
			RawParse.Result raw = RawParse.parse(files);
			RawParse.Result raw2 = RawParse.parse(files);
			raw = raw2.nanos() < raw.nanos() ? raw2 : raw;
			progress("raw parse: " + raw.records() + " records in " + BenchReport.millis(raw.nanos()));
			RawParse.Result hashed = RawParse.parseAndHash(files);
			RawParse.Result hashed2 = RawParse.parseAndHash(files);
			hashed = hashed2.nanos() < hashed.nanos() ? hashed2 : hashed;
			progress("raw parse + row hashing: " + BenchReport.millis(hashed.nanos()));
			heapByPhase.put("raw_parse", heap.reset());

			// (3) nightly on a fresh store, again on the unchanged inbox, then on the next day's changed extract
			NightlyRun nightly = context.getBean(NightlyRun.class);
			JobRepository jobs = context.getBean(JobRepository.class);
			BenchNight fresh = BenchNight.run("fresh", nightly, jobs, inbox.dir(), BENCH.resolve("out/nightly-1"), asOf);
			progress("nightly (fresh store): " + fresh.describe());
			heapByPhase.put("nightly_fresh", heap.reset());
			BenchNight unchanged = BenchNight.run("unchanged", nightly, jobs, inbox.dir(),
					BENCH.resolve("out/nightly-2"), asOf);
			progress("nightly (unchanged inbox): " + unchanged.describe());
			heapByPhase.put("nightly_unchanged", heap.reset());
			NextNightInbox.Changes changes = NextNightInbox.write(inbox.dir(), BENCH.resolve("inbox-next"), asOf, 1);
			BenchNight changed = BenchNight.run("changed", nightly, jobs, BENCH.resolve("inbox-next"),
					BENCH.resolve("out/nightly-3"), asOf.plusDays(1));
			progress("nightly (next day, " + changes.rows() + " rows changed): " + changed.describe());
			heapByPhase.put("nightly_changed", heap.reset());
			NightlyResult first = fresh.result();
			long firstNanos = fresh.nanos();
			long secondNanos = unchanged.nanos();

			// (2) the assessment against the plain Java reference, on the same facts
			long compileStart = System.nanoTime();
			RuleBase rules = RuleBase.compile(context.getBean(PlacewiseProperties.class).rulesFolder());
			long compileNanos = System.nanoTime() - compileStart;
			long loadStart = System.nanoTime();
			FactSet facts = context.getBean(FactLoader.class).load(asOf, rules.factWindow().lookBackDays());
			long loadNanos = System.nanoTime() - loadStart;
			Assessment assessment = null;
			long droolsNanos = Long.MAX_VALUE;
			long referenceNanos = Long.MAX_VALUE;
			long droolsCpu = Long.MAX_VALUE;
			long referenceCpu = Long.MAX_VALUE;
			Map<String, ReferenceModel.Result> reference = null;
			for (int i = 0; i < 3; i++) {
				long t = System.nanoTime();
				long cpu = cpu();
				assessment = new Assessor(rules).assess(facts);
				droolsNanos = Math.min(droolsNanos, System.nanoTime() - t);
				droolsCpu = Math.min(droolsCpu, cpu() - cpu);
				t = System.nanoTime();
				cpu = cpu();
				reference = ReferenceModel.assess(facts);
				referenceNanos = Math.min(referenceNanos, System.nanoTime() - t);
				referenceCpu = Math.min(referenceCpu, cpu() - cpu);
			}
			Agreement agreement = Agreement.of(assessment, reference);
			progress("assessment: rules " + BenchReport.millis(droolsNanos) + ", reference "
					+ BenchReport.millis(referenceNanos) + "; " + (agreement.agrees() ? "they agree on all "
							+ agreement.settings() + " settings" : agreement.disagreements().size() + " disagreements"));
			heapByPhase.put("assessment", heap.reset());

			// explain and the dashboard, their command paths in this process after start-up
			String urn = assessment.settings().isEmpty() ? "SC000000" : assessment.settings().get(0).setting().urn();
			PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
			long t = System.nanoTime();
			long cpu = cpu();
			int explained = new ExplainCommand(context, quiet, err).run(
					CommandLine.parse(new String[] { "explain", urn }, Main.COMMANDS), asOf);
			long explainNanos = System.nanoTime() - t;
			long explainCpu = cpu() - cpu;
			YearMonth month = YearMonth.from(asOf);
			t = System.nanoTime();
			cpu = cpu();
			int dashboard = new ReportCommands(context, quiet, err).dashboard(CommandLine.parse(
					new String[] { "dashboard", "--month", month.toString(), "--out", BENCH.resolve("out").toString() },
					Main.COMMANDS));
			long dashboardNanos = System.nanoTime() - t;
			long dashboardCpu = cpu() - cpu;
			progress("explain " + urn + ": " + BenchReport.millis(explainNanos) + "; dashboard "
					+ BenchReport.millis(dashboardNanos));
			heapByPhase.put("explain_dashboard", heap.reset());

			// explain as a person types it: a new process on a copy of the store (H2 holds this one)
			ExplainProcess explainProcess = ExplainProcess.run(context, BENCH, urn, line.springArgs());
			progress("explain as a process: " + explainProcess.describe());

			long ingestRows = first.files().stream().mapToLong(f -> f.rowsRead()).sum();
			long ingestNanos = fresh.stepMillis("ingest") * 1_000_000;
			double ingestRatio = ingestNanos == 0 ? 0 : (double) raw.nanos() / ingestNanos;
			double assessRatio = (double) droolsNanos / referenceNanos;
			long peak = heap.overallPeak();

			report.add("ingest", "ingest throughput vs raw OpenCSV parse",
					BenchReport.ratio(ingestRatio), ">= 0.50x", ingestRatio >= 0.5,
					String.format(Locale.ROOT, "ingest %,d rows in %s (%,.0f rows/s); raw parse %,d records in %s (%,.0f/s)",
							ingestRows, BenchReport.millis(ingestNanos), ingestRows / (ingestNanos / 1e9), raw.records(),
							BenchReport.millis(raw.nanos()), raw.records() / (raw.nanos() / 1e9)));
			report.add("assessment", "Drools assessment vs plain Java loop", BenchReport.ratio(assessRatio), "<= 3x",
					assessRatio <= 3.0, "rules " + BenchReport.millis(droolsNanos) + ", reference "
							+ BenchReport.millis(referenceNanos) + " (best of 3; CPU " + BenchReport.millis(droolsCpu) + " / "
							+ BenchReport.millis(referenceCpu) + "); " + facts.settings().size()
							+ " settings, " + total(facts) + " facts; load " + BenchReport.millis(loadNanos)
							+ ", compile " + BenchReport.millis(compileNanos));
			report.add("agreement", "reference agrees with the rules",
					agreement.agrees() ? "all " + agreement.settings() : agreement.disagreements().size() + " differ",
					"every setting", agreement.agrees(), "score, band and reasons (rule id:points)");
			BenchFloors.hashed(report, hashed, fresh, changed);
			report.add("nightly", "nightly, fresh store", BenchReport.seconds(firstNanos), "< 60 s",
					firstNanos < 60_000_000_000L, "main-thread CPU " + BenchReport.seconds(fresh.cpuNanos())
							+ "; steps (ms) " + fresh.steps() + "; as a command add start-up");
			report.add("changed", "nightly, next day's changed extract", BenchReport.seconds(changed.nanos()), "< 30 s",
					changed.nanos() < 30_000_000_000L, "main-thread CPU " + BenchReport.seconds(changed.cpuNanos())
							+ "; " + changes.describe() + "; steps (ms) " + changed.steps());
			report.add("rerun", "nightly again, unchanged inbox", BenchReport.seconds(secondNanos), "< 10 s",
					secondNanos < 10_000_000_000L,
					"main-thread CPU " + BenchReport.seconds(unchanged.cpuNanos()) + "; steps (ms) " + unchanged.steps());
			BenchFloors.steps(report, List.of(fresh, changed, unchanged));
			report.add("explain", "explain URN (command path)", BenchReport.millis(explainNanos), "< 1 s",
					explainNanos < 1_000_000_000L && explained == Main.OK,
					urn + "; CPU " + BenchReport.millis(explainCpu));
			report.add("dashboard", "dashboard (command path)", BenchReport.seconds(dashboardNanos), "< 5 s",
					dashboardNanos < 5_000_000_000L && dashboard == Main.OK,
					"month " + month + "; CPU " + BenchReport.seconds(dashboardCpu));
			report.add("startup", "start-up (JVM + Spring, this process)", startup + " ms", "", null,
					"before the command runs");
			report.add("explain_process", "explain as a new process (wall)", explainProcess.value(), "", null,
					explainProcess.note());
			report.add("heap", "peak heap used", BenchReport.megabytes(peak), "fits -Xmx", peak <= HeapWatch.maxHeap(),
					"of max " + BenchReport.megabytes(HeapWatch.maxHeap()) + "; highest left after a collection "
							+ BenchReport.megabytes(heap.peakAfterGc()) + "; used by phase (MB) " + mb(heapByPhase));

			report.detail("scale", scale.name().toLowerCase(Locale.ROOT));
			report.detail("as_of", asOf.toString());
			report.detail("inbox", Map.of("files", inbox.files().size(), "bytes", raw.bytes(), "records", raw.records()));
			report.detail("nightly_fresh_steps_ms", fresh.steps());
			report.detail("nightly_changed_steps_ms", changed.steps());
			report.detail("nightly_unchanged_steps_ms", unchanged.steps());
			report.detail("next_night_changes", changes);
			report.detail("heap_peak_by_phase_mb", mb(heapByPhase));
			report.detail("heap_peak_after_gc_mb", heap.peakAfterGc() / (1024 * 1024));
			report.detail("disagreements", agreement.first(SHOWN_DISAGREEMENTS));
			report.detail("machine", Machine.describe());
			report.write(BENCH.resolve("bench.json"));

			out.println();
			out.println("placewise bench, " + scale.name().toLowerCase(Locale.ROOT) + " scale, as of " + asOf + ", "
					+ Machine.line());
			report.print(out);
			out.println();
			if (!agreement.agrees()) {
				err.println("The rules and the reference model disagree on " + agreement.disagreements().size()
						+ " of " + agreement.settings() + " settings; the first:");
				agreement.first(SHOWN_DISAGREEMENTS).forEach(d -> err.println("  " + d));
				err.println("placewise bench: failed: the rules and the reference model disagree; see bench/bench.json");
				return Main.FAILED;
			}
			out.println("placewise bench: ok: " + (report.targets() - report.missed()) + " of " + report.targets()
					+ " targets met in " + BenchReport.seconds(System.nanoTime() - started) + "; bench/bench.json");
			return Main.OK;
		}
	}

	/** This thread's CPU time: beside the wall time, it shows what a shared machine's other load cost. */
	private static long cpu() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static Map<String, Long> mb(Map<String, Object> bytes) {
		Map<String, Long> mb = new LinkedHashMap<>();
		bytes.forEach((k, v) -> mb.put(k, ((Long) v) / (1024 * 1024)));
		return mb;
	}

	private static List<Path> inboxFiles(Path dir) throws IOException {
		try (Stream<Path> list = Files.list(dir)) {
			return new ArrayList<>(list.filter(Files::isRegularFile).sorted().toList());
		}
	}

	private static long total(FactSet f) {
		return Stream.of(f.settings(), f.children(), f.placements(), f.inspections(), f.enforcements(),
				f.missingEpisodes(), f.sdqScores(), f.reg44Reports(), f.reg45Reviews(), f.qaVisits(), f.concerns(),
				f.viabilityChecks())
			.mapToLong(List::size)
			.sum();
	}

	private void progress(String message) {
		out.println("[" + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9) + " s] " + message);
	}
}
