package uk.placewise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.ApplicationContext;

import uk.placewise.PlacewiseProperties;
import uk.placewise.briefing.BriefingAssembler;
import uk.placewise.briefing.BriefingFiles;
import uk.placewise.briefing.Briefings;
import uk.placewise.run.OutputMode;

/**
 * {@code placewise briefing --out DIR [--within DAYS] [--as-of DATE]}: a briefing PDF per QA visit due
 * within DAYS of the latest stored night on or before the as-of date, and every overdue one, with
 * briefings.csv listing them. Written beside DIR's files in a hidden folder first and moved in, the list
 * last; earlier briefing PDFs in DIR that are not in this set are removed, so DIR holds one set, the one
 * briefings.csv lists. One briefing run writes a DIR at a time, and it removes the hidden folder a killed
 * run left ({@link BriefingStaging}).
 */
final class BriefingCommand {

	private final ApplicationContext context;

	private final PrintStream out;

	private final PrintStream err;

	BriefingCommand(ApplicationContext context, PrintStream out, PrintStream err) {
		this.context = context;
		this.out = out;
		this.err = err;
	}

	/** --within DAYS, a whole number from 0 to 366; null when not given (the setting's default then). */
	static Integer within(CommandLine line) {
		String text = line.options().get("within");
		if (text == null) {
			return null;
		}
		try {
			int days = Integer.parseInt(text.strip());
			if (days >= 0 && days <= PlacewiseProperties.Briefing.MAX_DAYS) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new UsageException("--within must be a number of days from 0 to " + PlacewiseProperties.Briefing.MAX_DAYS
				+ ", not '" + text + "'");
	}

	int run(CommandLine line, LocalDate today) throws Exception {
		LocalDate asOf = line.asOf(today);
		PlacewiseProperties properties = context.getBean(PlacewiseProperties.class);
		Integer given = within(line);
		int within = given == null ? properties.briefing().withinDays() : given;
		OutputMode mode = properties.output().outputMode();
		Path target = Path.of(line.required("out"));
		if (Files.exists(target) && !Files.isDirectory(target)) {
			throw new UsageException("--out must name a folder; " + target + " is a file");
		}
		// assembled first: a night missing or a prompts file in error leaves nothing behind, not even DIR
		Optional<Briefings> briefings = context.getBean(BriefingAssembler.class).assemble(asOf, within);
		if (briefings.isEmpty()) {
			err.println("placewise briefing: failed: no nightly run is stored on or before " + asOf
					+ "; run 'placewise nightly' first");
			return Main.FAILED;
		}
		Path dir = mode.folder(target);
		int cleared;
		try (BriefingStaging staging = BriefingStaging.open(dir, mode)) {
			cleared = staging.cleared();
			List<Path> written = context.getBean(BriefingFiles.class).write(briefings.get(), staging.folder());
			Set<String> names = new HashSet<>();
			for (Path file : written) {
				names.add(file.getFileName().toString());
				mode.file(file);
				// the list moves last, so it never names a PDF that is not there
				Files.move(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
			removeEarlier(dir, names);
		}
		catch (BriefingStaging.InUseException | uk.placewise.run.LockFile.NotRegularException ex) {
			err.println("placewise briefing: failed: " + ex.getMessage());
			return Main.FAILED;
		}
		Briefings b = briefings.get();
		LocalDate last = b.run().asOf().plusDays(within);
		out.println("placewise briefing: ok: " + b.visits().size() + " briefing" + (b.visits().size() == 1 ? "" : "s")
				+ " (" + b.overdue() + " overdue, " + (b.visits().size() - b.overdue()) + " due by " + last + ") in " + dir
				+ ", listed in " + BriefingFiles.LIST + ", from the run as of " + b.run().asOf()
				+ (cleared == 0 ? "" : "; removed " + cleared + " hidden staging folder" + (cleared == 1 ? "" : "s")
						+ " an interrupted briefing run left"));
		return Main.OK;
	}

	/** Briefing PDFs of an earlier set: what briefings.csv no longer lists. */
	private static void removeEarlier(Path dir, Set<String> keep) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			for (Path f : files.toList()) {
				String name = f.getFileName().toString();
				if (name.startsWith("briefing-") && name.endsWith(".pdf") && !keep.contains(name)
						&& Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					Files.delete(f);
				}
			}
		}
	}
}
