package uk.placewise.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import uk.placewise.PlacewiseProperties;
import uk.placewise.assess.RiskBand;
import uk.placewise.report.pdf.Band;
import uk.placewise.report.pdf.Reason;
import uk.placewise.report.pdf.ReportsFolder;
import uk.placewise.report.pdf.ScheduleRow;
import uk.placewise.report.pdf.VisitSchedulePdf;
import uk.placewise.report.pdf.VisitScheduleView;

import uk.placewise.results.FlagResult;
import uk.placewise.results.ResultStore;
import uk.placewise.results.RunResult;
import uk.placewise.results.SettingResult;

/**
 * Writes the nightly files of outputs.md from a stored run into a folder: provider-risk.csv,
 * visit-schedule.csv and .ics, panel-flags.csv and provider-rollup.csv. Columns, order and sorting are
 * a contract that schedulers depend on.
 */
@Component
public class NightlyFiles {

	private static final List<RiskBand> BANDS = List.of(RiskBand.values());

	private final ResultStore results;

	private final ReportsFolder reports;

	private final String council;

	NightlyFiles(ResultStore results, PlacewiseProperties properties) {
		this.results = results;
		this.reports = new ReportsFolder(properties.reportsFolder());
		this.council = properties.council();
	}

	public void write(RunResult run, Path dir) throws IOException {
		List<SettingResult> settings = results.settings(run.runId());
		List<FlagResult> flags = results.flags(run.runId());
		Map<String, SettingResult> byUrn = new TreeMap<>();
		settings.forEach(s -> byUrn.put(s.urn(), s));
		writeProviderRisk(dir.resolve("provider-risk.csv"), settings);
		List<SettingResult> schedule = schedule(settings);
		writeSchedule(dir.resolve("visit-schedule.csv"), schedule);
		VisitCalendar.write(dir.resolve("visit-schedule.ics"), schedule, run.asOf());
		new VisitSchedulePdf(reports).write(scheduleView(run, schedule), dir.resolve("visit-schedule.pdf"));
		writeFlags(dir.resolve("panel-flags.csv"), flags, byUrn);
		writeRollup(dir.resolve("provider-rollup.csv"), settings);
	}

	/** Scheduled visits by due date, then score, highest first (outputs.md). */
	static List<SettingResult> schedule(List<SettingResult> settings) {
		return settings.stream()
			.filter(s -> s.nextDue() != null)
			.sorted(Comparator.comparing(SettingResult::nextDue)
				.thenComparing(Comparator.comparingInt(SettingResult::score).reversed())
				.thenComparing(SettingResult::urn))
			.toList();
	}

	/** The PDF schedule: overdue visits first, then as the CSV. */
	private VisitScheduleView scheduleView(RunResult run, List<SettingResult> schedule) {
		List<ScheduleRow> rows = schedule.stream()
			.sorted(Comparator.comparing((SettingResult s) -> !s.overdue()))
			.map(s -> new ScheduleRow(s.urn(), s.settingName(), s.provider(), Band.valueOf(s.band().name()), s.score(),
					s.lastVisit(), s.nextDue(), s.overdue(), s.childrenPlaced(),
					s.reasons().stream().map(r -> new Reason(r.ruleId(), r.points())).toList(), s.movedFrom(),
					s.overCapacity()))
			.toList();
		return new VisitScheduleView(run.asOf(), council, run.rulesetVersion(), rows);
	}

	private static void writeProviderRisk(Path path, List<SettingResult> settings) throws IOException {
		try (CsvFile csv = CsvFile.create(path, List.of("urn", "setting_name", "provider", "setting_type", "score",
				"band", "visit_every_months", "reasons"))) {
			for (SettingResult s : settings) {
				csv.row(Arrays.asList(s.urn(), s.settingName(), s.provider(), s.settingType(), s.score(), s.band().label(),
						s.visitEveryMonths(), s.reasonCodes()));
			}
		}
	}

	private static void writeSchedule(Path path, List<SettingResult> schedule) throws IOException {
		try (CsvFile csv = CsvFile.create(path, List.of("urn", "setting_name", "provider", "band", "score",
				"last_visit", "next_due", "overdue", "children_placed", "reasons", "capacity"))) {
			for (SettingResult s : schedule) {
				csv.row(Arrays.asList(s.urn(), s.settingName(), s.provider(), s.band().label(), s.score(),
						s.lastVisit() == null ? "" : s.lastVisit(), s.nextDue(), s.overdue() ? "yes" : "no",
						s.childrenPlaced(), s.reasonCodes(), capacity(s)));
			}
		}
	}

	/** The trailing capacity column: empty, "moved from DATE" or "over capacity", from the schedule's fields. */
	static String capacity(SettingResult s) {
		if (s.overCapacity()) {
			return "over capacity";
		}
		return s.movedFrom() == null ? "" : "moved from " + s.movedFrom();
	}

	private static void writeFlags(Path path, List<FlagResult> flags, Map<String, SettingResult> byUrn)
			throws IOException {
		List<FlagResult> sorted = flags.stream()
			.sorted(Comparator.comparing(FlagResult::severity)
				.thenComparing(FlagResult::child)
				.thenComparing(FlagResult::urn)
				.thenComparing(FlagResult::code))
			.toList();
		try (CsvFile csv = CsvFile.create(path, List.of("child", "urn", "setting_name", "flag", "severity",
				"first_raised", "status", "evidence"))) {
			for (FlagResult f : sorted) {
				SettingResult s = byUrn.get(f.urn());
				csv.row(Arrays.asList(f.child(), f.urn(), s == null ? "" : s.settingName(), f.code(), f.severity().word(),
						f.firstRaised(), f.status().word(), f.evidence()));
			}
		}
	}

	private static void writeRollup(Path path, List<SettingResult> settings) throws IOException {
		Map<String, int[]> byProvider = new TreeMap<>();
		for (SettingResult s : settings) {
			String provider = s.provider() == null || s.provider().isBlank() ? "(no provider recorded)" : s.provider();
			byProvider.computeIfAbsent(provider, k -> new int[BANDS.size()])[BANDS.indexOf(s.band())]++;
		}
		List<Map.Entry<String, int[]>> rows = byProvider.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> highest(e.getValue()))
				.thenComparing(e -> -total(e.getValue()))
				.thenComparing(Map.Entry::getKey))
			.toList();
		try (CsvFile csv = CsvFile.create(path, List.of("provider", "settings", "highest_band", "critical", "high",
				"medium", "low"))) {
			for (Map.Entry<String, int[]> e : rows) {
				int[] n = e.getValue();
				csv.row(Arrays.asList(e.getKey(), total(n), BANDS.get(highest(n)).label(), n[0], n[1], n[2], n[3]));
			}
		}
	}

	private static int highest(int[] counts) {
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				return i;
			}
		}
		return counts.length - 1;
	}

	private static int total(int[] counts) {
		int t = 0;
		for (int c : counts) {
			t += c;
		}
		return t;
	}

}
