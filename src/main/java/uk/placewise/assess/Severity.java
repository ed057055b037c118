package uk.placewise.assess;

import java.util.Arrays;
import java.util.Optional;

/**
 * A panel flag's severity (risk-model.md section 4), urgent first. The rules write it in words
 * ({@code "urgent"} or {@code "review"}); {@link Assessor} turns the words into this type once.
 */
public enum Severity {

	URGENT("urgent"), REVIEW("review");

	private final String word;

	Severity(String word) {
		this.word = word;
	}

	/** The severity as the rules and panel-flags.csv write it: urgent or review. */
	public String word() {
		return word;
	}

	public static Optional<Severity> named(String word) {
		return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst();
	}

	/** As {@link #named}, for a value read back from the store. */
	public static Severity of(String word) {
		return named(word).orElseThrow(() -> new IllegalArgumentException("no flag severity '" + word + "'"));
	}

	@Override
	public String toString() {
		return word;
	}
}
