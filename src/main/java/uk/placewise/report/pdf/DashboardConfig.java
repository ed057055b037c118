package uk.placewise.report.pdf;

import java.util.List;
import java.util.Optional;

/** The dashboard's measures, in the order {@code reports/dashboard.yml} lists them. */
public record DashboardConfig(List<MeasureTarget> measures) {

	public DashboardConfig {
		measures = List.copyOf(measures);
	}

	public Optional<MeasureTarget> measure(String id) {
		return this.measures.stream().filter((measure) -> measure.id().equals(id)).findFirst();
	}

	/** The measure with this id; fails naming the id when the configuration lacks it. */
	public MeasureTarget require(String id) {
		return measure(id).orElseThrow(
				() -> new IllegalArgumentException("dashboard.yml has no measure " + id + "; it has " + ids()));
	}

	private List<String> ids() {
		return this.measures.stream().map(MeasureTarget::id).toList();
	}

}
