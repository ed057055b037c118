package uk.placewise.report.pdf;

/**
 * One reason a setting scored points: the rule id of the risk model and its points.
 * @param ruleId e.g. {@code OFS-INADEQUATE}
 * @param points points awarded
 */
public record Reason(String ruleId, int points) {

	/** As written in tables: {@code OFS-INADEQUATE (50)}. */
	public String text() {
		return this.ruleId + " (" + this.points + ")";
	}

}
