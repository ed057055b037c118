package uk.placewise.assess;

import java.util.Arrays;
import java.util.Optional;

/**
 * A setting's risk band (risk-model.md section 2), most serious first. The rules name a band in words
 * ({@code new Band( $u, "Critical", ... )}); {@link Assessor} turns the words into this type once, so
 * every later step (schedule, files, dashboard) sorts and counts a type, never a string.
 */
public enum RiskBand {

	CRITICAL("Critical"), HIGH("High"), MEDIUM("Medium"), LOW("Low");

	private final String label;

	RiskBand(String label) {
		this.label = label;
	}

	/** The band as the rules and the outputs name it: Critical, High, Medium or Low. */
	public String label() {
		return label;
	}

	/** 0 for Critical, 1 High, 2 Medium, 3 Low: the order a schedule keeps dates in. */
	public int rank() {
		return ordinal();
	}

	/** The band a rule names, exactly as written in the rules (case and all). */
	public static Optional<RiskBand> named(String label) {
		return Arrays.stream(values()).filter(b -> b.label.equals(label)).findFirst();
	}

	/** As {@link #named}, for a value read back from the store. */
	public static RiskBand of(String label) {
		return named(label).orElseThrow(() -> new IllegalArgumentException("no band '" + label + "'"));
	}

	/** "Critical, High, Medium or Low", for messages. */
	static String allNames() {
		return "Critical, High, Medium or Low";
	}

	@Override
	public String toString() {
		return label;
	}
}
