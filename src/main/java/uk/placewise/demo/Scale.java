package uk.placewise.demo;

/** How big a synthetic inbox to make. */
public enum Scale {

	/** One council: about 1,000 children looked after (a mid-sized English council). */
	LA(1, 1_000),

	/** About ten councils pooled, as a regional commissioning consortium would run it. */
	REGION(10, 10_000),

	/**
	 * England: 153 councils and about 84,000 children looked after (DfE, "Children looked after in England
	 * including adoptions", year ending 31 March 2024: 83,630 children; 153 local authorities).
	 */
	NATIONAL(153, 84_000);

	private final int councils;

	private final int children;

	Scale(int councils, int children) {
		this.councils = councils;
		this.children = children;
	}

	int councils() {
		return this.councils;
	}

	/** Children looked after on the as-of date, all councils together. */
	int children() {
		return this.children;
	}

}
