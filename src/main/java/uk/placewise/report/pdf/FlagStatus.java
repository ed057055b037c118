package uk.placewise.report.pdf;

/** Where a panel flag stands since the last run. */
public enum FlagStatus {

	NEW("New"), CONTINUING("Continuing"), RESOLVED("Resolved");

	private final String label;

	FlagStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	boolean open() {
		return this != RESOLVED;
	}

}
