package uk.placewise.report.pdf;

/** A setting's risk band (risk-model.md section 2), most serious first. */
public enum Band {

	CRITICAL("Critical"), HIGH("High"), MEDIUM("Medium"), LOW("Low");

	private final String label;

	Band(String label) {
		this.label = label;
	}

	/** The band named as the rules name it ("Critical", "High", "Medium", "Low"). */
	public static Band of(String label) {
		for (Band b : values()) {
			if (b.label.equalsIgnoreCase(label)) {
				return b;
			}
		}
		throw new IllegalArgumentException("no band '" + label + "'");
	}

	public String label() {
		return this.label;
	}

}
