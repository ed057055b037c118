package uk.placewise.impact;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import uk.placewise.assess.RiskBand;
import uk.placewise.results.RunResult;
import uk.placewise.results.SettingResult;

/**
 * What a draft would change on a night: every assessed setting before (live rules) and after (draft),
 * the flags added and removed, and the QA visits a month under each.
 *
 * @param night the stored night the facts are the store's as of (the latest run on or before as-of)
 * @param lookBackDiffers the draft's facts.yml hands the rules another look-back window than the live one
 */
public record ImpactReport(LocalDate asOf, Path liveFolder, String liveVersion, Path draftFolder, String draftVersion,
		RunResult night, OptionalInt monthlyCapacity, List<SettingChange> settings, List<FlagChange> flags,
		boolean lookBackDiffers) {

	/** Biggest score change first (either way), then band moves, then URN. */
	static final Comparator<SettingChange> LARGEST_FIRST = Comparator
		.comparingInt((SettingChange c) -> -Math.abs(c.scoreChange()))
		.thenComparing(c -> !c.bandMoved())
		.thenComparing(SettingChange::urn);

	/** The settings with any change, largest first. */
	public List<SettingChange> changed() {
		return settings.stream().filter(SettingChange::changed).sorted(LARGEST_FIRST).toList();
	}

	/** Settings by band before (row) and after (column), in RiskBand order, Critical first. */
	public int[][] bandMoves() {
		int n = RiskBand.values().length;
		int[][] moves = new int[n][n];
		settings.forEach(c -> moves[c.before().band().rank()][c.after().band().rank()]++);
		return moves;
	}

	public List<MonthLoad> visitsBefore() {
		return MonthLoad.of(before(), asOf);
	}

	public List<MonthLoad> visitsAfter() {
		return MonthLoad.of(after(), asOf);
	}

	public double averageVisitsBefore() {
		return MonthLoad.average(before());
	}

	public double averageVisitsAfter() {
		return MonthLoad.average(after());
	}

	public long flagsAdded() {
		return flags.stream().filter(FlagChange::added).count();
	}

	public long flagsRemoved() {
		return flags.size() - flagsAdded();
	}

	private List<SettingResult> before() {
		return settings.stream().map(SettingChange::before).toList();
	}

	private List<SettingResult> after() {
		return settings.stream().map(SettingChange::after).toList();
	}
}
