package uk.placewise.report.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Not a test: times {@link VisitSchedulePdf#write} on a synthetic national schedule (4,300 settings,
 * like the bench's national store), best of five after a warm-up. Run it with the test classpath:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) uk.placewise.report.pdf.VisitScheduleTiming}.
 */
final class VisitScheduleTiming {

	private VisitScheduleTiming() {
	}

	public static void main(String[] args) throws Exception {
		int settings = args.length > 0 ? Integer.parseInt(args[0]) : 4300;
		VisitScheduleView view = view(settings);
		Path target = Files.createTempFile("visit-schedule-", ".pdf");
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 6; i++) {
			long started = System.nanoTime();
			new VisitSchedulePdf().write(view, target);
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.println("run " + i + ": " + millis + " ms, " + Files.size(target) / 1024 + " KB");
			if (i > 0) {
				best = Math.min(best, millis);
			}
		}
		System.out.println("best of 5: " + best + " ms for " + settings + " settings");
		Files.delete(target);
	}

	static VisitScheduleView view(int settings) {
		Random random = new Random(10);
		LocalDate asOf = LocalDate.of(2026, 11, 20);
		String[] rules = { "OFS-INADEQUATE", "OFS-RI", "QA-NEVER", "VIA-RED", "MISSING-RATE", "REG44-LATE", "SDQ-HIGH" };
		Band[] bands = Band.values();
		List<ScheduleRow> rows = new ArrayList<>();
		for (int i = 0; i < settings; i++) {
			List<Reason> reasons = new ArrayList<>();
			for (int r = random.nextInt(4); r > 0; r--) {
				reasons.add(new Reason(rules[random.nextInt(rules.length)], 5 * (1 + random.nextInt(10))));
			}
			LocalDate due = asOf.plusDays(random.nextInt(400) - 60);
			rows.add(new ScheduleRow("SC" + (900000 + i), "Setting number " + i + " of the national fostering list",
					"Provider of care services " + (i % 1700) + " Ltd", bands[random.nextInt(bands.length)],
					random.nextInt(120), random.nextBoolean() ? null : asOf.minusDays(random.nextInt(700)), due,
					due.isBefore(asOf), 1 + random.nextInt(6), reasons));
		}
		return new VisitScheduleView(asOf, "Placewise Demo Council", "a".repeat(64), rows);
	}
}
