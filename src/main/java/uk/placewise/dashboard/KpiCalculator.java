package uk.placewise.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import uk.placewise.assess.RiskBand;
import uk.placewise.facts.Child;
import uk.placewise.facts.Cost;
import uk.placewise.facts.FactSet;
import uk.placewise.facts.Grade;
import uk.placewise.facts.Inspection;
import uk.placewise.facts.Placement;
import uk.placewise.facts.SdqScore;
import uk.placewise.results.FlagResult;
import uk.placewise.results.KpiValue;
import uk.placewise.results.SettingResult;

/**
 * Computes the dashboard's measures (outputs.md K1-K12) for one night. The definitions follow Cheshire
 * East's Performance Management Scorecard (seed 001) and the DfE's published measures; each method says
 * which. "This month" is the as-of date's calendar month up to the as-of date.
 */
public final class KpiCalculator {

	/** More than 20 miles from home: Cheshire East 9.28-9.29, scorecard measure 2. */
	static final double DISTANT_MILES = 20.0;

	private final FactSet facts;

	private final List<Cost> costs;

	private final List<SettingResult> settings;

	private final List<FlagResult> flags;

	private final LocalDate asOf;

	private final List<Placement> current;

	public KpiCalculator(FactSet facts, List<Cost> costs, List<SettingResult> settings, List<FlagResult> flags) {
		this.facts = facts;
		this.costs = costs;
		this.settings = settings;
		this.flags = flags;
		this.asOf = facts.asOf();
		this.current = facts.placements().stream().filter(Placement::current).toList();
	}

	public List<KpiValue> compute() {
		List<KpiValue> values = new ArrayList<>();
		Map<String, Grade> latest = latestJudgements();
		List<Placement> external = current.stream().filter(Placement::external).toList();
		// K1: % of children in external placements at settings rated Good or Outstanding (scorecard 3)
		values.add(KpiValue.percent("K1", "good_or_outstanding", (int) external.stream()
			.filter(p -> p.urn() != null && latest.get(p.urn()) != null && latest.get(p.urn()).rank() <= 2)
			.count(), external.size()));
		// K2: children at settings whose latest judgement is Inadequate (scorecard 4, target 0)
		values.add(KpiValue.count("K2", "children_at_inadequate", "",
				(int) current.stream().filter(p -> p.urn() != null && latest.get(p.urn()) == Grade.INADEQUATE).count()));
		// K3: % placed more than 20 miles from home; unknown distances are left out of the denominator
		List<Placement> known = current.stream().filter(p -> p.distanceMiles() != null).toList();
		values.add(KpiValue.percent("K3", "over_20_miles",
				(int) known.stream().filter(p -> p.distanceMiles() > DISTANT_MILES).count(), known.size()));
		values.add(KpiValue.count("K3", "distance_unknown", "", current.size() - known.size()));
		costs(values);
		// K5: % of children in external placements whose setting had a QA visit in the last 12 months
		Set<String> visited = facts.qaVisits()
			.stream()
			.filter(v -> v.date().isAfter(asOf.minusMonths(12)))
			.map(v -> v.urn())
			.collect(Collectors.toSet());
		values.add(KpiValue.percent("K5", "qa_visited_12_months",
				(int) external.stream().filter(p -> p.urn() != null && visited.contains(p.urn())).count(),
				external.size()));
		missing(values);
		sdq(values);
		stability(values);
		bands(values);
		visits(values);
		regulations(values);
		flags(values);
		return values;
	}

	/** The most recent full inspection's grade per setting (risk-model.md section 5, "Latest judgement"). */
	private Map<String, Grade> latestJudgements() {
		Map<String, Inspection> latest = new HashMap<>();
		for (Inspection i : facts.inspections()) {
			if (i.full() && i.grade() != null) {
				latest.merge(i.urn(), i, (a, b) -> b.date().isAfter(a.date()) ? b : a);
			}
		}
		Map<String, Grade> grades = new HashMap<>();
		latest.forEach((urn, i) -> grades.put(urn, i.grade()));
		return grades;
	}

	/** K4: average weekly cost of the placements in force, by placement type. */
	private void costs(List<KpiValue> values) {
		Map<String, double[]> byType = new TreeMap<>();
		costs.stream().filter(c -> c.inForceOn(asOf)).forEach(c -> {
			double[] sum = byType.computeIfAbsent(c.placementType(), k -> new double[2]);
			sum[0] += c.weeklyCost().doubleValue();
			sum[1]++;
		});
		byType.forEach((type, s) -> values.add(KpiValue.number("K4", "avg_weekly_cost", type, s[0] / s[1])));
	}

	/** K6: missing episodes and children this month; the settings with most episodes per child placed. */
	private void missing(List<KpiValue> values) {
		LocalDate monthStart = YearMonth.from(asOf).atDay(1);
		var thisMonth = facts.missingEpisodes()
			.stream()
			.filter(m -> !m.start().isBefore(monthStart) && !m.start().isAfter(asOf))
			.toList();
		values.add(KpiValue.count("K6", "episodes_this_month", "", thisMonth.size()));
		values.add(KpiValue.count("K6", "children_this_month", "",
				(int) thisMonth.stream().map(m -> m.child()).distinct().count()));
		Map<String, Long> placed = current.stream()
			.filter(p -> p.urn() != null)
			.collect(Collectors.groupingBy(Placement::urn, Collectors.counting()));
		Map<String, Long> episodes = thisMonth.stream()
			.filter(m -> m.urn() != null && placed.containsKey(m.urn()))
			.collect(Collectors.groupingBy(m -> m.urn(), Collectors.counting()));
		episodes.entrySet()
			.stream()
			.sorted(Comparator.comparingDouble((Map.Entry<String, Long> e) -> -(double) e.getValue() / placed.get(e.getKey()))
				.thenComparing(Map.Entry::getKey))
			.limit(5)
			.forEach(e -> values.add(new KpiValue("K6", "top_setting_rate", e.getKey(),
					java.math.BigDecimal.valueOf((double) e.getValue() / placed.get(e.getKey()))
						.setScale(2, java.math.RoundingMode.HALF_UP),
					e.getValue().intValue(), placed.get(e.getKey()).intValue())));
	}

	/**
	 * K7: SDQ bands of Cheshire East 9.18 (0-13 average, 14-16 borderline, 17-19 high, 20-40 very high)
	 * over each current child's latest score; completion = children aged 4-16 with a score in the last
	 * 12 months; mean of the latest scores.
	 */
	private void sdq(List<KpiValue> values) {
		Set<String> children = current.stream().map(Placement::child).collect(Collectors.toSet());
		Map<String, SdqScore> latest = new HashMap<>();
		facts.sdqScores()
			.stream()
			.filter(s -> children.contains(s.child()))
			.forEach(s -> latest.merge(s.child(), s, (a, b) -> b.date().isAfter(a.date()) ? b : a));
		int[] bands = new int[4];
		double sum = 0;
		for (SdqScore s : latest.values()) {
			bands[s.score() <= 13 ? 0 : s.score() <= 16 ? 1 : s.score() <= 19 ? 2 : 3]++;
			sum += s.score();
		}
		String[] labels = { "0-13", "14-16", "17-19", "20-40" };
		for (int i = 0; i < 4; i++) {
			values.add(KpiValue.count("K7", "band", labels[i], bands[i]));
		}
		values.add(KpiValue.number("K7", "mean", "", latest.isEmpty() ? null : sum / latest.size()));
		List<String> eligible = facts.children()
			.stream()
			.filter(c -> children.contains(c.child()) && c.ageYears() >= 4 && c.ageYears() <= 16)
			.map(Child::child)
			.toList();
		int done = (int) eligible.stream()
			.filter(c -> latest.containsKey(c) && latest.get(c).date().isAfter(asOf.minusMonths(12)))
			.count();
		values.add(KpiValue.percent("K7", "completion_4_16", done, eligible.size()));
	}

	/**
	 * K8: % of children with 3 or more placements in the last 12 months (DfE short-term stability; a
	 * placement starts with an episode whose RNE is not L), and long-term stability: of children under 16
	 * looked after 2.5 years or more, the % in the same placement for 2 years or more (DfE definition).
	 */
	private void stability(List<KpiValue> values) {
		LocalDate windowStart = asOf.minusMonths(12);
		Map<String, List<Placement>> byChild = facts.placements()
			.stream()
			.collect(Collectors.groupingBy(Placement::child, TreeMap::new, Collectors.toList()));
		int unstable = 0;
		int longTerm = 0;
		int settled = 0;
		Map<String, Integer> ages = facts.children().stream().collect(Collectors.toMap(Child::child, Child::ageYears, (a, b) -> a));
		Set<String> lookedAfter = current.stream().map(Placement::child).collect(Collectors.toSet());
		for (String child : lookedAfter) {
			List<Placement> episodes = byChild.getOrDefault(child, List.of());
			long placements = episodes.stream()
				.filter(p -> !"L".equals(p.rne()) && !p.decom().isAfter(asOf))
				.filter(p -> p.dec() == null || p.dec().isAfter(windowStart))
				.count();
			if (placements >= 3) {
				unstable++;
			}
			LocalDate firstStart = episodes.stream().map(Placement::decom).min(LocalDate::compareTo).orElse(asOf);
			if (ages.getOrDefault(child, 99) < 16 && !firstStart.isAfter(asOf.minusMonths(30))) {
				longTerm++;
				LocalDate placedSince = episodes.stream()
					.filter(Placement::current)
					.map(Placement::placedSince)
					.findFirst()
					.orElse(asOf);
				if (!placedSince.isAfter(asOf.minusYears(2))) {
					settled++;
				}
			}
		}
		values.add(KpiValue.percent("K8", "three_plus_placements", unstable, lookedAfter.size()));
		values.add(KpiValue.percent("K8", "long_term_stability", settled, longTerm));
	}

	/** K9: settings by band (band changes and the riskiest ten come from comparing stored runs). */
	private void bands(List<KpiValue> values) {
		for (RiskBand band : RiskBand.values()) {
			values.add(KpiValue.count("K9", "settings_by_band", band.label(),
					(int) settings.stream().filter(s -> s.band() == band).count()));
		}
	}

	/** K10: QA visits due this month, done this month and overdue on the as-of date. */
	private void visits(List<KpiValue> values) {
		YearMonth month = YearMonth.from(asOf);
		values.add(KpiValue.count("K10", "due_this_month", "",
				(int) settings.stream().filter(s -> s.nextDue() != null && YearMonth.from(s.nextDue()).equals(month)).count()));
		values.add(KpiValue.count("K10", "done_this_month", "", (int) facts.qaVisits()
			.stream()
			.filter(v -> YearMonth.from(v.date()).equals(month) && !v.date().isAfter(asOf))
			.count()));
		values.add(KpiValue.count("K10", "overdue", "", (int) settings.stream().filter(SettingResult::overdue).count()));
	}

	/**
	 * K11: of the children's homes assessed, % with a Reg 44 report for the last complete month
	 * (monthly visits, Children's Homes Regulations 2015 reg 44) and % with a Reg 45 review in the
	 * last 6 months (reg 45).
	 */
	private void regulations(List<KpiValue> values) {
		Set<String> homes = facts.settings()
			.stream()
			.filter(s -> s.type().isChildrensHome())
			.map(s -> s.urn())
			.collect(Collectors.toSet());
		YearMonth lastMonth = YearMonth.from(asOf).minusMonths(1);
		Set<String> reported = facts.reg44Reports()
			.stream()
			.filter(r -> YearMonth.from(r.visitDate()).equals(lastMonth))
			.map(r -> r.urn())
			.collect(Collectors.toSet());
		Set<String> reviewed = facts.reg45Reviews()
			.stream()
			.filter(r -> r.reviewDate().isAfter(asOf.minusMonths(6)))
			.map(r -> r.urn())
			.collect(Collectors.toSet());
		values.add(KpiValue.percent("K11", "reg44_last_month", (int) homes.stream().filter(reported::contains).count(),
				homes.size()));
		values.add(KpiValue.percent("K11", "reg45_within_6_months",
				(int) homes.stream().filter(reviewed::contains).count(), homes.size()));
	}

	private void flags(List<KpiValue> values) {
		values.addAll(flagMeasures(flags, asOf));
	}

	/**
	 * K12: open panel flags by code, and how many of them were first raised this month. Made from the
	 * flags alone, so that a night reusing an earlier night's assessment can work it out again after the
	 * flags' lifecycle.
	 */
	public static List<KpiValue> flagMeasures(List<FlagResult> flags, LocalDate asOf) {
		List<KpiValue> values = new ArrayList<>();
		Map<String, Long> open = flags.stream()
			.filter(FlagResult::open)
			.collect(Collectors.groupingBy(FlagResult::code, TreeMap::new, Collectors.counting()));
		open.forEach((code, n) -> values.add(KpiValue.count("K12", "open_by_code", code, n.intValue())));
		values.add(KpiValue.count("K12", "open", "", (int) flags.stream().filter(FlagResult::open).count()));
		YearMonth month = YearMonth.from(asOf);
		values.add(KpiValue.count("K12", "new_this_month", "",
				(int) flags.stream().filter(f -> f.open() && YearMonth.from(f.firstRaised()).equals(month)).count()));
		return values;
	}
}
