package uk.placewise.report.pdf;

/** A setting's risk band (risk-model.md section 2), most serious first. */
public enum Band {

	CRITICAL("Critical"), HIGH("High"), MEDIUM("Medium"), LOW("Low");

	private final String label;

	Band(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
