package uk.placewise.report.pdf;

/**
 * A red/amber/green status. NONE means "no target to judge against" or "no data", and is drawn grey:
 * a missing value must never look like a green one.
 */
public enum Rag {

	RED("Red", "off target"), AMBER("Amber", "close to target"), GREEN("Green", "on target"), NONE("No RAG", "not rated");

	private final String label;

	private final String meaning;

	Rag(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	public String label() {
		return this.label;
	}

	public String meaning() {
		return this.meaning;
	}

	/**
	 * Judges a value against a measure's thresholds.
	 * @param target the measure's configuration
	 * @param value this month's value, or null when there is no data
	 * @param previous last month's value (only used by {@link MeasureTarget.Direction#FALLING}), or null
	 */
	public static Rag evaluate(MeasureTarget target, Double value, Double previous) {
		if (value == null || target == null) {
			return NONE;
		}
		return switch (target.direction()) {
			case AT_LEAST -> band(value >= target.green(), target.amber() != null && value >= target.amber());
			case AT_MOST -> band(value <= target.green(), target.amber() != null && value <= target.amber());
			case FALLING -> (previous == null) ? NONE : band(value < previous, value.equals(previous));
			case NONE -> NONE;
		};
	}

	private static Rag band(boolean green, boolean amber) {
		return green ? GREEN : (amber ? AMBER : RED);
	}

}
