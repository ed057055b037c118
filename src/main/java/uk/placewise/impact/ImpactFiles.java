package uk.placewise.impact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import uk.placewise.report.CsvFile;
import uk.placewise.report.pdf.Band;
import uk.placewise.report.pdf.ImpactView;
import uk.placewise.report.pdf.ReportsFolder;
import uk.placewise.report.pdf.RulesImpactPdf;
import uk.placewise.results.SettingResult;
import uk.placewise.run.OutputMode;

/**
 * Writes an impact into a folder: rules-impact.csv (every setting that changes), rules-impact-flags.csv
 * (every flag added or removed, by child ID) and rules-impact.pdf. The three are written into a hidden
 * folder beside them first and moved into place together, so a failed run leaves the folder's earlier
 * impact whole rather than a mix of two.
 */
public final class ImpactFiles {

	public static final String CSV = "rules-impact.csv";

	public static final String FLAGS = "rules-impact-flags.csv";

	public static final String PDF = "rules-impact.pdf";

	static final List<String> SETTING_COLUMNS = List.of("urn", "setting_name", "provider", "score_before",
			"score_after", "score_change", "band_before", "band_after", "visit_every_months_before",
			"visit_every_months_after", "next_due_before", "next_due_after", "reasons_added", "reasons_removed",
			"points_by_rule");

	static final List<String> FLAG_COLUMNS = List.of("child", "urn", "flag", "severity", "change");

	private final ReportsFolder reports;

	private final String council;

	private final OutputMode mode;

	public ImpactFiles(ReportsFolder reports, String council, OutputMode mode) {
		this.reports = reports;
		this.council = council;
		this.mode = mode;
	}

	/** Writes the three files into {@code dir}; returns their paths. */
	public List<Path> write(ImpactReport impact, Path dir) throws IOException {
		mode.folder(dir);
		Path staging = Files.createTempDirectory(dir, ".rules-impact-");
		try {
			mode.folder(staging);
			writeSettings(impact, staging.resolve(CSV));
			writeFlags(impact, staging.resolve(FLAGS));
			new RulesImpactPdf(reports).write(view(impact), staging.resolve(PDF));
			List<Path> written = new ArrayList<>();
			for (String name : List.of(CSV, FLAGS, PDF)) {
				mode.file(staging.resolve(name));
				written.add(Files.move(staging.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE));
			}
			return written;
		}
		finally {
			try (var left = Files.list(staging)) {
				for (Path p : left.toList()) {
					Files.deleteIfExists(p);
				}
			}
			Files.deleteIfExists(staging);
		}
	}

	private static void writeSettings(ImpactReport impact, Path path) throws IOException {
		try (CsvFile csv = CsvFile.create(path, SETTING_COLUMNS)) {
			for (SettingChange c : impact.changed()) {
				SettingResult b = c.before();
				SettingResult a = c.after();
				csv.row(List.of(b.urn(), nonNull(b.settingName()), nonNull(b.provider()), b.score(), a.score(),
						c.scoreChange(), b.band().label(), a.band().label(), b.visitEveryMonths(), a.visitEveryMonths(),
						date(b.nextDue()), date(a.nextDue()), String.join(";", c.reasonsAdded()),
						String.join(";", c.reasonsRemoved()), String.join(";", c.pointsByRule())));
			}
		}
	}

	private static void writeFlags(ImpactReport impact, Path path) throws IOException {
		try (CsvFile csv = CsvFile.create(path, FLAG_COLUMNS)) {
			for (FlagChange f : impact.flags()) {
				csv.row(List.of(f.child(), f.urn(), f.flag(), f.severity(), f.change()));
			}
		}
	}

	ImpactView view(ImpactReport impact) {
		List<List<Integer>> moves = new ArrayList<>();
		for (int[] row : impact.bandMoves()) {
			moves.add(java.util.Arrays.stream(row).boxed().toList());
		}
		List<ImpactView.MonthVisits> months = new ArrayList<>();
		List<MonthLoad> before = impact.visitsBefore();
		List<MonthLoad> after = impact.visitsAfter();
		for (int i = 0; i < before.size(); i++) {
			months.add(new ImpactView.MonthVisits(before.get(i).month(), before.get(i).visits(), after.get(i).visits()));
		}
		Map<String, int[]> kinds = new TreeMap<>();
		impact.flags().forEach(f -> kinds.computeIfAbsent(f.flag(), k -> new int[2])[f.added() ? 0 : 1]++);
		List<ImpactView.FlagKind> flags = kinds.entrySet()
			.stream()
			.map(e -> new ImpactView.FlagKind(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList();
		List<SettingChange> changed = impact.changed();
		List<ImpactView.Change> largest = changed.stream()
			.limit(RulesImpactPdf.LARGEST)
			.map(c -> new ImpactView.Change(c.urn(), nonNull(c.before().settingName()), c.before().provider(),
					c.before().score(), c.after().score(), band(c.before()), band(c.after()), c.before().visitEveryMonths(),
					c.after().visitEveryMonths(), c.before().nextDue(), c.after().nextDue(), c.reasonsAdded(),
					c.reasonsRemoved()))
			.toList();
		return new ImpactView(council, impact.asOf(), new ImpactView.Ruleset(impact.liveFolder().toAbsolutePath().normalize().toString(), impact.liveVersion()),
				new ImpactView.Ruleset(impact.draftFolder().toAbsolutePath().normalize().toString(), impact.draftVersion()), impact.night().runId(),
				impact.night().asOf(), impact.night().rulesetVersion(), impact.settings().size(), changed.size(), moves,
				months, impact.monthlyCapacity().isPresent() ? impact.monthlyCapacity().getAsInt() : null,
				impact.averageVisitsBefore(), impact.averageVisitsAfter(), flags, largest, notes(impact));
	}

	/** What the board should know beside the numbers. */
	static List<String> notes(ImpactReport impact) {
		List<String> notes = new ArrayList<>();
		if (!impact.liveVersion().equals(impact.night().rulesetVersion())) {
			notes.add("The live rules folder is not the ruleset night " + impact.night().runId() + " ran with ("
					+ impact.night().rulesetVersion().substring(0, Math.min(12, impact.night().rulesetVersion().length()))
					+ "): \"before\" is what the live folder gives now, which the next nightly run will publish.");
		}
		String missing = MissingScenarios.sentence(impact.liveFolder(), impact.draftFolder());
		if (!missing.isEmpty()) {
			notes.add("Warning: " + missing + ". A council may retire a scenario, but the board should know.");
		}
		if (impact.lookBackDiffers()) {
			notes.add("The draft's facts.yml changes how far back a child who has left a setting is seen: each "
					+ "ruleset was given the facts its own window asks for.");
		}
		if (!impact.night().asOf().equals(impact.asOf())) {
			notes.add("No night is stored as of " + impact.asOf() + ": the facts are those stored by night "
					+ impact.night().runId() + " (as of " + impact.night().asOf() + "), read as of " + impact.asOf() + ".");
		}
		return notes;
	}

	private static Band band(SettingResult s) {
		return Band.valueOf(s.band().name());
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	private static String date(java.time.LocalDate date) {
		return date == null ? "" : date.toString();
	}
}
