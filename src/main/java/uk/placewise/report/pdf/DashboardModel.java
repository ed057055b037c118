package uk.placewise.report.pdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything the monthly quality dashboard shows. Empty lists and null tile values are drawn as
 * "No data for &lt;month&gt;", never as zeros.
 * @param month the reporting month
 * @param asOf the date the data is as of
 * @param council the council's name for the title
 * @param rulesetVersion the hash of the rules folder, printed in every footer
 * @param tiles headline tiles, in the order to draw them (K1 first)
 * @param trends 12-month trend charts, in the order to draw them
 * @param top10 the riskiest settings, riskiest first
 * @param bandChanges settings whose band changed since last month
 * @param missingTop5 settings with the highest missing-episode rate this month
 * @param visits QA visits due, done and overdue by band
 * @param comparedWith the earlier month the band changes are against, or null when none is stored
 */
public record DashboardModel(YearMonth month, LocalDate asOf, String council, String rulesetVersion,
		List<Tile> tiles, List<TrendSeries> trends, List<RiskySetting> top10, List<BandChange> bandChanges,
		List<MissingRate> missingTop5, List<VisitCounts> visits, YearMonth comparedWith) {

	/** As before issue 16: band changes against the month before. */
	public DashboardModel(YearMonth month, LocalDate asOf, String council, String rulesetVersion, List<Tile> tiles,
			List<TrendSeries> trends, List<RiskySetting> top10, List<BandChange> bandChanges,
			List<MissingRate> missingTop5, List<VisitCounts> visits) {
		this(month, asOf, council, rulesetVersion, tiles, trends, top10, bandChanges, missingTop5, visits,
				month.minusMonths(1));
	}

	/** True when the data is as of a day before the month's last: every measure is for the month to date. */
	public boolean monthToDate() {
		return asOf != null && YearMonth.from(asOf).equals(month) && asOf.isBefore(month.atEndOfMonth());
	}

	/** "month to date", beside every tile's value of a month in progress; else null. */
	String monthToDateMark() {
		return monthToDate() ? "month to date" : null;
	}

	public DashboardModel {
		tiles = copy(tiles);
		trends = copy(trends);
		top10 = copy(top10);
		bandChanges = copy(bandChanges);
		missingTop5 = copy(missingTop5);
		visits = copy(visits);
	}

	static <T> List<T> copy(List<T> list) {
		return (list == null) ? List.of() : List.copyOf(list);
	}

}
