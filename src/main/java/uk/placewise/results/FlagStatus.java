package uk.placewise.results;

import java.util.Arrays;

/** Where a panel flag stands after a night (risk-model.md section 4): new, continuing or resolved. */
public enum FlagStatus {

	NEW("new"), CONTINUING("continuing"), RESOLVED("resolved");

	private final String word;

	FlagStatus(String word) {
		this.word = word;
	}

	/** As panel-flags.csv and the store write it. */
	public String word() {
		return word;
	}

	public boolean open() {
		return this != RESOLVED;
	}

	/** The status as stored. */
	public static FlagStatus of(String word) {
		return Arrays.stream(values())
			.filter(s -> s.word.equals(word))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no flag status '" + word + "'"));
	}

	@Override
	public String toString() {
		return word;
	}
}
