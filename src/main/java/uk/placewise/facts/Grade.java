package uk.placewise.facts;

/** Ofsted's four overall judgements, best first (rank 1 = Outstanding). */
public enum Grade {
	OUTSTANDING(1, "Outstanding"), GOOD(2, "Good"), REQUIRES_IMPROVEMENT(3, "Requires improvement to be good"),
	INADEQUATE(4, "Inadequate");

	private final int rank;

	private final String label;

	Grade(int rank, String label) {
		this.rank = rank;
		this.label = label;
	}

	public int rank() {
		return rank;
	}

	public String label() {
		return label;
	}

	public boolean worseThan(Grade other) {
		return other != null && rank > other.rank;
	}
}
