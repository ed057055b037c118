package uk.placewise.dashboard;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.placewise.PlacewiseProperties;
import uk.placewise.report.pdf.BandChange;
import uk.placewise.report.pdf.DashboardConfig;
import uk.placewise.report.pdf.DashboardConfigLoader;
import uk.placewise.report.pdf.DashboardModel;
import uk.placewise.report.pdf.MeasureTarget;
import uk.placewise.report.pdf.MissingRate;
import uk.placewise.report.pdf.ReportsFolder;
import uk.placewise.report.pdf.RiskySetting;
import uk.placewise.report.pdf.Tile;
import uk.placewise.report.pdf.TrendPoint;
import uk.placewise.report.pdf.TrendSeries;
import uk.placewise.report.pdf.VisitCounts;
import uk.placewise.results.KpiValue;
import uk.placewise.results.ResultStore;
import uk.placewise.results.RunResult;
import uk.placewise.results.SettingResult;

/**
 * Builds a month's dashboard from what is stored: the last nightly run whose as-of date falls in the
 * month, and the same for each of the eleven months before it for the trends. A month with no run has
 * no data, and the page says so.
 */
@Component
public class DashboardAssembler {

	/** The trend charts: measure id in reports/dashboard.yml, then the stored kpi and measure. */
	private static final List<String[]> TRENDS = List.of(new String[] { "K1", "K1", "good_or_outstanding" },
			new String[] { "K3", "K3", "over_20_miles" }, new String[] { "K5", "K5", "qa_visited_12_months" },
			new String[] { "K6", "K6", "episodes_this_month" }, new String[] { "K8", "K8", "three_plus_placements" },
			new String[] { "K12", "K12", "open" });

	private final ResultStore results;

	private final ReportsFolder reports;

	private final String council;

	DashboardAssembler(ResultStore results, PlacewiseProperties properties) {
		this.results = results;
		this.reports = new ReportsFolder(properties.reportsFolder());
		this.council = properties.council();
	}

	public ReportsFolder reports() {
		return reports;
	}

	public DashboardModel assemble(YearMonth month) throws IOException {
		DashboardConfig config = DashboardConfigLoader.load(reports);
		Optional<RunResult> run = runIn(month);
		Optional<RunResult> previous = runIn(month.minusMonths(1));
		Map<String, BigDecimal> now = run.map(r -> index(results.kpis(r.runId()))).orElse(Map.of());
		Map<String, BigDecimal> before = previous.map(r -> index(results.kpis(r.runId()))).orElse(Map.of());
		List<SettingResult> settings = run.map(r -> results.settings(r.runId())).orElse(List.of());
		List<SettingResult> lastMonth = previous.map(r -> results.settings(r.runId())).orElse(List.of());
		// a month in progress is not judged against a whole month: measures that should fall are not rated
		boolean monthToDate = run.filter(r -> r.asOf().isBefore(month.atEndOfMonth())).isPresent();
		List<Tile> tiles = new ArrayList<>();
		for (MeasureTarget measure : config.measures()) {
			boolean likeForLike = !monthToDate || measure.direction() != MeasureTarget.Direction.FALLING;
			tiles.add(tile(measure, now, likeForLike ? before : Map.of()));
		}
		return new DashboardModel(month, run.map(RunResult::asOf).orElse(month.atEndOfMonth()), council,
				run.map(RunResult::rulesetVersion).orElse(""), tiles, trends(config, month),
				SettingViews.riskiest(settings, 10), SettingViews.bandChanges(lastMonth, settings),
				run.map(r -> missingTop5(results.kpis(r.runId()), settings)).orElse(List.of()),
				run.map(r -> SettingViews.visitCounts(settings, r.asOf())).orElse(List.<VisitCounts>of()),
				previous.map(r -> month.minusMonths(1)).orElse(null));
	}

	private Optional<RunResult> runIn(YearMonth month) {
		return results.latestRunOnOrBefore(month.atEndOfMonth())
			.filter(r -> YearMonth.from(r.asOf()).equals(month));
	}

	private Tile tile(MeasureTarget measure, Map<String, BigDecimal> now, Map<String, BigDecimal> before) {
		String key = switch (measure.id()) {
			case "K1" -> "K1/good_or_outstanding/";
			case "K2" -> "K2/children_at_inadequate/";
			case "K3" -> "K3/over_20_miles/";
			case "K4-residential" -> "K4/avg_weekly_cost/residential";
			case "K4-ifa" -> "K4/avg_weekly_cost/ifa";
			case "K4-supported" -> "K4/avg_weekly_cost/supported";
			case "K5" -> "K5/qa_visited_12_months/";
			case "K6" -> "K6/episodes_this_month/";
			case "K7" -> "K7/completion_dfe/";
			case "K8" -> "K8/three_plus_placements/";
			case "K9" -> "K9/settings_by_band/Critical";
			case "K10" -> "K10/overdue/";
			case "K11-reg44" -> "K11/reg44_last_month/";
			case "K11-reg45" -> "K11/reg45_within_6_months/";
			case "K12" -> "K12/open/";
			default -> measure.id();
		};
		return Tile.of(measure, number(now.get(key)), number(before.get(key)), now.isEmpty() ? null : detail(measure.id(), now));
	}

	/** The tile's second line: the counts behind a headline number. */
	private static String detail(String id, Map<String, BigDecimal> k) {
		return switch (id) {
			case "K3" -> whole(k, "K3/distance_unknown/") + " with distance unknown (left out)";
			case "K6" -> children(count(k, "K6/children_this_month/")) + " missing this month";
			case "K7" -> "mean SDQ " + text(k.get("K7/mean/")) + "; 17+: "
					+ children(count(k, "K7/band/17-19") + count(k, "K7/band/20-40"));
			case "K8" -> k.get("K8/long_term_stability/") == null ? "long-term stability: no child looked after 2.5 years"
					: "long-term stability " + text(k.get("K8/long_term_stability/")) + "%";
			case "K9" -> "High " + whole(k, "K9/settings_by_band/High") + ", Medium "
					+ whole(k, "K9/settings_by_band/Medium") + ", Low " + whole(k, "K9/settings_by_band/Low");
			case "K10" -> whole(k, "K10/due_this_month/") + " due, " + whole(k, "K10/done_this_month/")
					+ " done this month";
			case "K12" -> whole(k, "K12/new_this_month/") + " new this month";
			default -> null;
		};
	}

	private List<TrendSeries> trends(DashboardConfig config, YearMonth month) {
		List<Map<String, BigDecimal>> months = new ArrayList<>();
		List<YearMonth> labels = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			YearMonth m = month.minusMonths(i);
			labels.add(m);
			months.add(runIn(m).map(r -> index(results.kpis(r.runId()))).orElse(Map.of()));
		}
		List<TrendSeries> series = new ArrayList<>();
		for (String[] t : TRENDS) {
			Optional<MeasureTarget> measure = config.measure(t[0]);
			if (measure.isEmpty()) {
				continue;
			}
			List<TrendPoint> points = new ArrayList<>();
			for (int i = 0; i < labels.size(); i++) {
				points.add(new TrendPoint(labels.get(i), number(months.get(i).get(t[1] + "/" + t[2] + "/"))));
			}
			series.add(new TrendSeries(t[0], measure.get().label(), measure.get().unit(), measure.get().target(), points));
		}
		return series;
	}

	private static List<MissingRate> missingTop5(List<KpiValue> kpis, List<SettingResult> settings) {
		Map<String, SettingResult> byUrn = new HashMap<>();
		settings.forEach(s -> byUrn.put(s.urn(), s));
		return kpis.stream()
			.filter(k -> k.kpi().equals("K6") && k.measure().equals("top_setting_rate"))
			.sorted((a, b) -> b.value().compareTo(a.value()))
			.map(k -> {
				SettingResult s = byUrn.get(k.label());
				return new MissingRate(k.label(), s == null ? "" : s.settingName(), s == null ? "" : s.provider(),
						k.numerator(), k.denominator(), k.value().doubleValue());
			})
			.toList();
	}

	private static Map<String, BigDecimal> index(List<KpiValue> kpis) {
		Map<String, BigDecimal> m = new HashMap<>();
		kpis.forEach(k -> m.put(k.kpi() + "/" + k.measure() + "/" + k.label(), k.value()));
		return m;
	}

	private static Double number(BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

	private static String children(int n) {
		return n == 1 ? "1 child" : n + " children";
	}

	private static int count(Map<String, BigDecimal> k, String key) {
		BigDecimal v = k.get(key);
		return v == null ? 0 : v.intValue();
	}

	private static String whole(Map<String, BigDecimal> k, String key) {
		return Integer.toString(count(k, key));
	}

	private static String text(BigDecimal v) {
		return v == null ? "n/a" : v.stripTrailingZeros().toPlainString();
	}
}
