package uk.placewise.ingest;

import java.time.LocalDate;

/**
 * A feed's {@code collection-year} rule applied to one file: a row with no value in the year column
 * (and none in its {@code unless} column) is given the file's {@link CollectionYear}. Without it, the
 * DfE OC2 table (no date, no year) of two years would share one natural key per child and the later
 * year would overwrite the earlier, so no SDQ rule could ever see a change.
 */
final class YearFill {

	private static final YearFill NONE = new YearFill(-1, -1, null, null);

	private final int column;

	private final int unless;

	private final CollectionYear.Chosen year;

	private final LocalDate asOf;

	private boolean used;

	private YearFill(int column, int unless, CollectionYear.Chosen year, LocalDate asOf) {
		this.column = column;
		this.unless = unless;
		this.year = year;
		this.asOf = asOf;
	}

	static YearFill of(HeaderMatch header, String fileName, LocalDate asOf) {
		FeedDefinition feed = header.feed();
		if (feed.collectionYear() == null) {
			return NONE;
		}
		int column = feed.columns().indexOf(feed.column(feed.collectionYear().column()));
		int unless = feed.collectionYear().unless() == null ? -1
				: feed.columns().indexOf(feed.column(feed.collectionYear().unless()));
		return new YearFill(column, unless, CollectionYear.of(fileName, asOf), asOf);
	}

	/** The row's values, with the year filled in where the rule says. */
	Object[] fill(Object[] values) {
		if (column >= 0 && values[column] == null && (unless < 0 || values[unless] == null)) {
			values[column] = year.year();
			used = true;
		}
		return values;
	}

	/**
	 * When rows were given a year that ends after the as-of date (a name saying {@code 2099}, or the year
	 * still in progress), the rules leave them out until then: that must be said, not absorbed.
	 */
	String afterAsOf() {
		return used && LocalDate.of(year.year(), 3, 31).isAfter(asOf) ? "rows without a year are dated 31 March "
				+ year.year() + ", after the as-of date " + asOf + " (" + year.why() + "): the rules leave them out until then"
				: null;
	}

	/** For the file's message, when any row was given the year. */
	String described() {
		return used ? "; rows without a year are for " + year.described() : "";
	}
}
