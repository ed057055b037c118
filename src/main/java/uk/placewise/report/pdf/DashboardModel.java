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
 */
public record DashboardModel(YearMonth month, LocalDate asOf, String council, String rulesetVersion,
		List<Tile> tiles, List<TrendSeries> trends, List<RiskySetting> top10, List<BandChange> bandChanges,
		List<MissingRate> missingTop5, List<VisitCounts> visits) {

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
