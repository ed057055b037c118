package uk.placewise.dashboard;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import uk.placewise.assess.Measured;
import uk.placewise.results.KpiValue;

/**
 * The children the rules measured for the dashboard (kpis.drl), as the dashboard's numbers. When the
 * rules measured nothing at all on a night with children placed (a rules folder with no kpis.drl), the
 * measures have no value, shown as "n/a", rather than a 0 that would read as good news.
 */
final class RuleMeasures {

	private final Map<String, List<Measured>> byMeasure;

	private final boolean unmeasured;

	RuleMeasures(List<Measured> measures, boolean childrenPlaced) {
		this.byMeasure = measures.stream().collect(Collectors.groupingBy(Measured::measure));
		this.unmeasured = measures.isEmpty() && childrenPlaced;
	}

	/** Children counted over children measured. */
	KpiValue percent(String kpi, String measure, String name) {
		List<Measured> all = byMeasure.getOrDefault(measure, List.of());
		if (unmeasured) {
			return new KpiValue(kpi, name, "", null, null, null);
		}
		return KpiValue.percent(kpi, name, (int) all.stream().filter(Measured::counted).count(), all.size());
	}

	/** Children counted. */
	KpiValue count(String kpi, String measure, String name) {
		return labelled(kpi, measure, name, "");
	}

	/** Children counted under one label of a breakdown. */
	KpiValue labelled(String kpi, String measure, String name, String label) {
		if (unmeasured) {
			return new KpiValue(kpi, name, label, null, null, null);
		}
		return KpiValue.count(kpi, name, label, (int) byMeasure.getOrDefault(measure, List.of())
			.stream()
			.filter(m -> m.counted() && m.label().equals(label))
			.count());
	}

	/** The mean of the values the rules gave, or null when they gave none. */
	Double mean(String measure) {
		List<Integer> values = byMeasure.getOrDefault(measure, List.of())
			.stream()
			.filter(m -> m.value() != null)
			.map(Measured::value)
			.toList();
		return values.isEmpty() ? null : values.stream().mapToInt(Integer::intValue).average().orElseThrow();
	}
}
