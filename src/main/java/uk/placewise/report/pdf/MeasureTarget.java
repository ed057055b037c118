package uk.placewise.report.pdf;

/**
 * One measure's target and RAG thresholds, as configured in {@code reports/dashboard.yml}.
 *
 * @param id the measure id shown on the tile, e.g. {@code K1} or {@code K4-residential}
 * @param label what the measure is, in words a director reads
 * @param unit how its value is written
 * @param direction which way is good
 * @param target the target value, or null when the council has not set one
 * @param green for AT_LEAST: green when value &gt;= green; for AT_MOST: green when value &lt;= green
 * @param amber the amber limit in the same sense as green, or null for "anything not green is red"
 * @param national the published national figure for the same definition, shown beside the council's
 * own target, or null
 * @param nationalLabel what the national figure is, e.g. "England"; shown before it
 */
public record MeasureTarget(String id, String label, MeasureUnit unit, Direction direction, Double target,
		Double green, Double amber, Double national, String nationalLabel) {

	/** A measure with no national figure beside its target. */
	public MeasureTarget(String id, String label, MeasureUnit unit, Direction direction, Double target, Double green,
			Double amber) {
		this(id, label, unit, direction, target, green, amber, null, null);
	}

	/** Which way is good for a measure. */
	public enum Direction {

		/** higher is better (a percentage that should reach 100%). */
		AT_LEAST,
		/** lower is better (children at inadequate settings: 0). */
		AT_MOST,
		/** good when lower than last month (missing episodes). */
		FALLING,
		/** reported without a judgement. */
		NONE

	}

	public MeasureTarget {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("a measure needs an id");
		}
		if ((direction == Direction.AT_LEAST || direction == Direction.AT_MOST) && green == null) {
			throw new IllegalArgumentException(id + ": direction " + direction + " needs a green threshold");
		}
	}

	/**
	 * The target as a director reads it, e.g. "Target 95% or more", and the national figure beside it
	 * when there is one: "Target 95% or more · England 78%".
	 */
	public String targetText() {
		return (this.national == null) ? ownTargetText()
				: ownTargetText() + " \u00b7 " + ((this.nationalLabel == null) ? "national" : this.nationalLabel) + " "
						+ this.unit.format(this.national);
	}

	private String ownTargetText() {
		return switch (this.direction) {
			case FALLING -> "Target: falling month on month";
			case NONE -> (this.target == null) ? "No target set" : "Target " + this.unit.format(this.target);
			case AT_LEAST -> (this.target == null) ? "No target set" : "Target " + this.unit.format(this.target)
					+ (isCeiling() ? "" : " or more");
			case AT_MOST -> (this.target == null) ? "No target set" : "Target " + this.unit.format(this.target)
					+ ((this.target == 0) ? "" : " or less");
		};
	}

	private boolean isCeiling() {
		return this.unit == MeasureUnit.PERCENT && this.target >= 100;
	}

}
