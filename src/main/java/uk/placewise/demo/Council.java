package uk.placewise.demo;

import java.util.List;

/**
 * A synthetic council: its number (CHILD ids start {@code C} + the number in three digits, so pooled councils
 * never share an id), its anchor town, the postcode sectors its children come from, and how many children it
 * looks after on the as-of date.
 */
record Council(int number, int anchor, List<String> homeSectors, int children) {

	String childId(int serial) {
		return String.format("C%03d%06d", this.number, serial);
	}

}
