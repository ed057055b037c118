package uk.placewise.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import uk.placewise.assess.Measured;
import uk.placewise.assess.RiskBand;
import uk.placewise.facts.Child;
import uk.placewise.facts.Cost;
import uk.placewise.facts.FactSet;
import uk.placewise.facts.Placement;
import uk.placewise.results.FlagResult;
import uk.placewise.results.KpiValue;
import uk.placewise.results.SettingResult;

/**
 * Computes the dashboard's measures (outputs.md K1-K12) for one night. A measure that restates a rule
 * (K1, K2, K3, K5, K7, K8) is counted from the children the rules measured in {@code rules/kpis.drl}, K9
 * from the rules' bands and K12 from their flags, so the dashboard never decides again what the rules
 * decided; the rest (costs, missing episodes this month, visits, Reg 44/45 returns, long-term
 * stability) are plain counts of the night's facts. "This month" is the as-of date's calendar month up
 * to the as-of date.
 */
public final class KpiCalculator {

	private final FactSet facts;

	private final List<Cost> costs;

	private final List<SettingResult> settings;

	private final List<FlagResult> flags;

	private final LocalDate asOf;

	private final List<Placement> current;

	private final RuleMeasures measured;

	public KpiCalculator(FactSet facts, List<Cost> costs, List<SettingResult> settings, List<FlagResult> flags,
			List<Measured> measures) {
		this.facts = facts;
		this.costs = costs;
		this.settings = settings;
		this.flags = flags;
		this.asOf = facts.asOf();
		this.current = facts.placements().stream().filter(Placement::current).toList();
		this.measured = new RuleMeasures(measures, !current.isEmpty());
	}

	public List<KpiValue> compute() {
		List<KpiValue> values = new ArrayList<>();
		// K1, K2, K3, K5: as kpis.drl measured them (scorecard measures 3, 4, 2 and 10)
		values.add(measured.percent("K1", "K1", "good_or_outstanding"));
		values.add(measured.count("K2", "K2", "children_at_inadequate"));
		values.add(measured.percent("K3", "K3", "over_20_miles"));
		values.add(measured.count("K3", "K3-unknown", "distance_unknown"));
		costs(values);
		values.add(measured.percent("K5", "K5", "qa_visited_12_months"));
		missing(values);
		sdq(values);
		stability(values);
		bands(values);
		visits(values);
		regulations(values);
		flags(values);
		return values;
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
	 * K7: the children placed by the band of their latest SDQ score and the mean of those scores, and
	 * completion as the DfE defines it (kpis.drl K7-SDQ-COMPLETION).
	 */
	private void sdq(List<KpiValue> values) {
		for (String band : List.of("0-13", "14-16", "17-19", "20-40")) {
			values.add(measured.labelled("K7", "K7-band", "band", band));
		}
		values.add(KpiValue.number("K7", "mean", "", measured.mean("K7-band")));
		values.add(measured.percent("K7", "K7-completion", "completion_dfe"));
	}

	/**
	 * K8: % of children with 3 or more placements in the last 12 months (the DfE's short-term stability:
	 * the INSTABILITY flag, kpis.drl), and long-term stability: of children under 16 looked after 2.5
	 * years or more, the % in the same placement for 2 years or more (DfE definition).
	 */
	private void stability(List<KpiValue> values) {
		values.add(measured.percent("K8", "K8", "three_plus_placements"));
		Map<String, List<Placement>> byChild = facts.placements()
			.stream()
			.collect(Collectors.groupingBy(Placement::child, TreeMap::new, Collectors.toList()));
		int longTerm = 0;
		int settled = 0;
		Map<String, Integer> ages = facts.children().stream().collect(Collectors.toMap(Child::child, Child::ageYears, (a, b) -> a));
		Set<String> lookedAfter = current.stream().map(Placement::child).collect(Collectors.toSet());
		for (String child : lookedAfter) {
			List<Placement> episodes = byChild.getOrDefault(child, List.of());
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
