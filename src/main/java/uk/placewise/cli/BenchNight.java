package uk.placewise.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import uk.placewise.bench.BenchReport;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;

/**
 * BENCH-ONLY. One night the bench runs (fresh, unchanged, the next day's changed extract): its wall and
 * main-thread CPU time and each step's time from the job repository. A night that fails or does not take
 * every input fails the bench.
 */
record BenchNight(String name, NightlyResult result, long nanos, long cpuNanos, Map<String, Long> steps) {

	/** The nightly job's steps, in order, as the bench reports them. */
	static final List<String> STEPS = List.of("ingest", "retention", "assess", "outputs", "publish");

	static BenchNight run(String name, NightlyRun nightly, JobRepository jobs, Path inbox, Path out, LocalDate asOf)
			throws Exception {
		long t = System.nanoTime();
		long cpu = cpu();
		NightlyResult result = nightly.run(inbox, out, asOf);
		long nanos = System.nanoTime() - t;
		long cpuNanos = cpu() - cpu;
		check(result, name);
		return new BenchNight(name, result, nanos, cpuNanos, steps(jobs, result.runId()));
	}

	long stepMillis(String step) {
		return steps.getOrDefault(step, 0L);
	}

	long rowsRead() {
		return result.files().stream().mapToLong(f -> f.rowsRead()).sum();
	}

	/** One step's seconds on each night, {@code 31.50 / 3.10 / 0.20 s}. */
	static String stepSeconds(String step, List<BenchNight> nights) {
		StringBuilder s = new StringBuilder();
		for (BenchNight night : nights) {
			s.append(s.length() == 0 ? "" : " / ")
				.append(String.format(Locale.ROOT, "%.2f", night.stepMillis(step) / 1000.0));
		}
		return s.append(" s").toString();
	}

	String describe() {
		return BenchReport.millis(nanos) + " " + steps;
	}

	/** This thread's CPU time: beside the wall time, it shows what a shared machine's other load cost. */
	static long cpu() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static void check(NightlyResult result, String which) {
		if (!result.completed()) {
			throw new IllegalStateException("the " + which + " nightly run failed: " + result.failure());
		}
		if (!result.verdict().everyInputTaken()) {
			throw new IllegalStateException("the " + which + " nightly run did not take every input: "
					+ result.verdict().headline());
		}
	}

	private static Map<String, Long> steps(JobRepository jobs, long runId) {
		Map<String, Long> steps = new LinkedHashMap<>();
		var execution = jobs.getLastJobExecution(jobs.getJobInstance(runId));
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStartTime() != null && step.getEndTime() != null) {
				steps.put(step.getStepName(), Duration.between(step.getStartTime(), step.getEndTime()).toMillis());
			}
		}
		return steps;
	}
}
