package uk.placewise.assess;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.placewise.PlacewiseApplication;
import uk.placewise.bench.Agreement;
import uk.placewise.bench.ReferenceModel;
import uk.placewise.facts.FactSet;
import uk.placewise.store.FactLoader;

/**
 * A profiling harness, not a test: loads a night's facts from a store (a copy of bench/data), then
 * compiles the rules and assesses the facts repeatedly, printing wall and CPU times, and writes every
 * setting's result and every flag to a file so two versions of the rules can be compared line by line.
 * <p>
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) uk.placewise.assess.AssessProfile
 * STORE AS-OF RULES RUNS OUT}
 */
public final class AssessProfile {

	public static void main(String[] args) throws IOException {
		Path store = Path.of(args[0]);
		LocalDate asOf = LocalDate.parse(args[1]);
		Path rulesDir = Path.of(args[2]);
		int runs = Integer.parseInt(args[3]);
		Path out = Path.of(args[4]);
		FactSet facts;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlacewiseApplication.class)
			.run("--placewise.data-dir=" + store.toAbsolutePath(), "--spring.main.banner-mode=off",
					"--logging.level.root=WARN")) {
			facts = context.getBean(FactLoader.class).load(asOf, RuleBase.compile(rulesDir).factWindow().lookBackDays());
		}
		var threads = ManagementFactory.getThreadMXBean();
		long t = System.nanoTime();
		RuleBase rules = RuleBase.compile(rulesDir);
		System.out.printf("compile %d ms%n", (System.nanoTime() - t) / 1_000_000);
		Assessment assessment = null;
		long best = Long.MAX_VALUE;
		long bestCpu = Long.MAX_VALUE;
		for (int i = 0; i < runs; i++) {
			t = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			assessment = new Assessor(rules).assess(facts);
			long wall = System.nanoTime() - t;
			cpu = threads.getCurrentThreadCpuTime() - cpu;
			best = Math.min(best, wall);
			bestCpu = Math.min(bestCpu, cpu);
			System.out.printf("run %d: %d ms wall, %d ms CPU%n", i, wall / 1_000_000, cpu / 1_000_000);
		}
		long ref = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			t = System.nanoTime();
			var reference = ReferenceModel.assess(facts);
			ref = Math.min(ref, System.nanoTime() - t);
			if (i == 2) {
				Agreement agreement = Agreement.of(assessment, reference);
				System.out.println("agreement: " + (agreement.agrees() ? "yes" : agreement.disagreements().size()
						+ " disagreements"));
			}
		}
		System.out.printf("best %d ms wall, %d ms CPU; reference %.1f ms; %d settings, %d flags%n", best / 1_000_000,
				bestCpu / 1_000_000, ref / 1e6, assessment.settings().size(), assessment.flags().size());
		try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
			for (SettingAssessment s : assessment.settings()) {
				w.println(s);
			}
			for (Flag f : assessment.flags()) {
				w.println(f);
			}
		}
	}
}
