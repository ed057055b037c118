package uk.placewise.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import uk.placewise.bench.BenchReport;
import uk.placewise.bench.RawParse;

/**
 * BENCH-ONLY. The bench's rows that compare the nights: ingest against the floor of raw parsing plus row
 * hashing (what any ingest that recognises unchanged rows must do at least), and each step's time on
 * every night.
 */
final class BenchFloors {

	private BenchFloors() {
	}

	/** Ingest of the fresh and of the changed night against raw parse + row hashing (no target). */
	static void hashed(BenchReport report, RawParse.Result hashed, BenchNight fresh, BenchNight changed) {
		long freshNanos = fresh.stepMillis("ingest") * 1_000_000;
		long changedNanos = changed.stepMillis("ingest") * 1_000_000;
		report.add("ingest_hashed", "ingest vs raw parse + row hashing (fresh / changed)",
				ratio(hashed.nanos(), freshNanos) + " / " + ratio(hashed.nanos(), changedNanos), "", null,
				String.format(Locale.ROOT,
						"raw parse + SHA-1 of every record %s; ingest %s fresh (%,d rows), %s changed (%,d rows)",
						BenchReport.millis(hashed.nanos()), BenchReport.millis(freshNanos), fresh.rowsRead(),
						BenchReport.millis(changedNanos), changed.rowsRead()));
	}

	/** One row per step: its seconds on each night, in the order given. */
	static void steps(BenchReport report, List<BenchNight> nights) {
		String order = nights.stream().map(BenchNight::name).collect(Collectors.joining(" / "));
		for (String step : BenchNight.STEPS) {
			report.add("step_" + step, "step " + step + " (" + order + ")", BenchNight.stepSeconds(step, nights), "", null,
					"wall time of the nightly job's " + step + " step");
		}
	}

	private static String ratio(long floorNanos, long nanos) {
		return nanos == 0 ? "-" : BenchReport.ratio((double) floorNanos / nanos);
	}
}
