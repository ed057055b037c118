package uk.placewise.report.pdf;

/** A panel flag's severity (risk-model.md section 4); urgent sorts first. */
public enum Severity {

	URGENT("Urgent"), REVIEW("Review");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
