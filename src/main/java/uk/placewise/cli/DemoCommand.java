package uk.placewise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContext;

import uk.placewise.demo.DemoGenerator;
import uk.placewise.demo.DemoInbox;
import uk.placewise.demo.Scale;
import uk.placewise.nightly.NightlyResult;
import uk.placewise.nightly.NightlyRun;

/**
 * {@code placewise demo}: generates a synthetic council's inbox in the real feed formats, then runs the
 * product on it as a council would have over the past year: a nightly run at each of the last 12
 * month-ends (so the dashboard has trends), the nightly run for the as-of date, the dashboards of the
 * last two complete months and the panel pack. Everything goes under {@code demo/} (its own database in demo/data), which is
 * made anew each time so that the same seed and date give the same results.
 */
final class DemoCommand {

	static final Path DEMO = Path.of("demo");

	private final PrintStream out;

	private final long started = System.nanoTime();

	DemoCommand(PrintStream out) {
		this.out = out;
	}

	static Scale scale(CommandLine line) {
		return scale(line, Scale.LA);
	}

	/** {@code --scale la|region|national}, or {@code fallback} when it is not given. */
	static Scale scale(CommandLine line, Scale fallback) {
		String text = line.options().getOrDefault("scale", fallback.name());
		try {
			return Scale.valueOf(text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--scale must be la, region or national, not '" + text + "'");
		}
	}

	static long seed(CommandLine line) {
		String text = line.options().getOrDefault("seed", "1");
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--seed must be a whole number, not '" + text + "'");
		}
	}

	/** Empties demo/ before Spring opens its database there. */
	static void clean() {
		empty(DEMO);
	}

	/** Deletes a generated folder (demo/ or bench/) and everything in it, so each run starts afresh. */
	static void empty(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot empty " + dir, ex);
		}
	}

	/** The as-of date's month when the as-of date is its last day, else the month before. */
	static YearMonth lastCompleteMonth(LocalDate asOf) {
		YearMonth month = YearMonth.from(asOf);
		return asOf.equals(month.atEndOfMonth()) ? month : month.minusMonths(1);
	}

	int run(ApplicationContext context, CommandLine line, LocalDate asOf) throws Exception {
		Scale scale = scale(line);
		DemoInbox inbox = new DemoGenerator(scale, seed(line), asOf, this::progress).generate(DEMO.resolve("inbox"));
		long rows = inbox.files().stream().mapToLong(DemoInbox.InboxFile::rows).sum();
		progress("inbox: " + inbox.files().size() + " files, " + rows + " rows in " + inbox.dir());
		NightlyRun nightly = context.getBean(NightlyRun.class);
		List<LocalDate> nights = new ArrayList<>();
		for (int i = 12; i >= 1; i--) {
			nights.add(YearMonth.from(asOf).minusMonths(i).atEndOfMonth());
		}
		nights.add(asOf);
		for (LocalDate night : nights) {
			Path outDir = night.equals(asOf) ? DEMO.resolve("out") : DEMO.resolve("history").resolve(night.toString());
			NightlyResult result = nightly.run(inbox.dir(), outDir, night);
			if (!result.completed()) {
				throw new IllegalStateException("the nightly run as of " + night + " failed: " + result.failure());
			}
			if (!result.verdict().everyInputTaken()) {
				throw new IllegalStateException("the nightly run as of " + night + " did not take every input: "
						+ result.verdict().headline());
			}
			progress("nightly as of " + night + ": run " + result.runId() + ", " + result.rowsTaken() + ", "
					+ result.rejected() + " rejected -> " + outDir);
		}
		ReportCommands reports = new ReportCommands(context, new PrintStream(PrintStream.nullOutputStream()), out);
		Path pdfs = DEMO.resolve("out");
		// the last two complete months only: a month in progress would set a few days against whole months
		YearMonth complete = lastCompleteMonth(asOf);
		for (YearMonth month : List.of(complete, complete.minusMonths(1))) {
			reports.dashboard(CommandLine.parse(new String[] { "dashboard", "--month", month.toString(), "--out",
					pdfs.toString() }, Main.COMMANDS));
		}
		reports.panel(CommandLine.parse(new String[] { "panel", "--out", pdfs.toString(), "--as-of", asOf.toString() },
				Main.COMMANDS), asOf);
		progress("dashboards and panel pack written to " + pdfs);
		out.println();
		out.println("Outputs are in " + pdfs.toAbsolutePath().normalize() + ":");
		try (Stream<Path> files = Files.list(pdfs)) {
			files.map(p -> "  " + p.getFileName()).sorted().forEach(out::println);
		}
		out.println("Try: " + uk.placewise.install.LauncherCommand.current() + " explain SC900002 --placewise.data-dir=demo/data");
		out.println("placewise demo: ok: " + scale.name().toLowerCase(Locale.ROOT) + " scale, " + nights.size()
				+ " nightly runs to " + asOf + " in " + seconds() + " s; outputs in " + pdfs);
		return Main.OK;
	}

	private void progress(String message) {
		out.println("[" + seconds() + " s] " + message);
	}

	private String seconds() {
		return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9);
	}
}
