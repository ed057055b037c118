package uk.placewise.assess;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One child in the population of a dashboard measure, as a rule in {@code rules/kpis.drl} measured it,
 * so that the panel, the schedule and the dashboard share one definition of what the rules decide. A
 * measure's percentage is the children counted over the children measured; a child measured twice (in
 * two sessions, or with two current placements) is counted when any of them counts it.
 *
 * @param measure the dashboard measure (K1, K2, K3, K3-unknown, K5, K7-band, K7-completion, K8)
 * @param child the child's ID
 * @param counted whether the child is in the measure's numerator
 * @param label the row of a breakdown (an SDQ band, "0-13"); empty for a headline measure
 * @param value a number to average (the child's latest SDQ score), or null
 */
public record Measured(String measure, String child, boolean counted, String label, Integer value) {

	public Measured {
		label = label == null ? "" : label;
	}

	/** A child measured for a headline percentage: counted or not. */
	public Measured(String measure, String child, boolean counted) {
		this(measure, child, counted, "", null);
	}

	/**
	 * One per measure, child and label, in that order: counted when any was counted, with the first
	 * value found, so a child measured in two sessions or for two current placements is one child.
	 */
	static List<Measured> merged(List<Measured> all) {
		Map<Key, Measured> one = new TreeMap<>();
		for (Measured m : all) {
			one.merge(new Key(m.measure(), String.valueOf(m.child()), m.label()), m,
					(a, b) -> new Measured(a.measure(), a.child(), a.counted() || b.counted(), a.label(),
							a.value() != null ? a.value() : b.value()));
		}
		return List.copyOf(one.values());
	}

	/** Measure, child and label, in that order (a record: the old List key cost a lambda per comparison). */
	private record Key(String measure, String child, String label) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			int c = measure.compareTo(other.measure);
			if (c == 0) {
				c = child.compareTo(other.child);
			}
			return c == 0 ? label.compareTo(other.label) : c;
		}
	}
}
