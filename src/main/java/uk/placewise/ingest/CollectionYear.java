package uk.placewise.ingest;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DfE collection year a table without a {@code YEAR} column is for. A collection year is named by
 * the year it ends in: 2025 is 1 April 2024 to 31 March 2025 (liia-tools' {@code YEAR} column, and
 * {@code SSDA903_2025_OC2.csv}). Without a year in the name, it is the last collection year that had
 * ended by the as-of date: a return covers a whole year and is exported after it ends, and a later
 * year would date its rows after the night they arrived on.
 */
public final class CollectionYear {

	/** A year 1990-2099, or a span {@code 2024-25} / {@code 2024_2025}, not part of a longer number. */
	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?:[-_ ]?((?:19|20)?\\d\\d))?(?!\\d)");

	private CollectionYear() {
	}

	/**
	 * The collection year a file or table name says ({@code SSDA903_2025_OC2.csv}: 2025;
	 * {@code oc2 2024-25.csv}: 2025), or null when it names none, or several that disagree.
	 */
	public static Integer inName(String name) {
		String base = name.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
		Set<Integer> years = new TreeSet<>();
		Matcher m = YEAR.matcher(base);
		while (m.find()) {
			int first = Integer.parseInt(m.group(1));
			Integer second = m.group(2) == null ? null : Integer.valueOf(m.group(2));
			if (second != null && (second == first + 1 || second == (first + 1) % 100)) {
				years.add(first + 1);
			}
			else {
				years.add(first);
				if (second != null && m.group(2).length() == 4) {
					years.add(second);
				}
			}
		}
		return years.size() == 1 ? years.iterator().next() : null;
	}

	/** The last collection year ended on or before {@code asOf}: 2026-11-20 is in 2027's, so 2026. */
	public static int endedBy(LocalDate asOf) {
		return asOf.isBefore(LocalDate.of(asOf.getYear(), 3, 31)) ? asOf.getYear() - 1 : asOf.getYear();
	}

	/** What the year of a file (or table) without its own year column is, and why. */
	public record Chosen(int year, String why) {

		/** The sentence for the file's message. */
		String described() {
			return "the collection year ending 31 March " + year + " (" + (year - 1) + "-" + String.format("%02d", year % 100)
					+ ", " + why + ")";
		}
	}

	public static Chosen of(String name, LocalDate asOf) {
		Integer named = inName(name);
		return named != null ? new Chosen(named, "from the name " + name)
				: new Chosen(endedBy(asOf), "no year in the name: the last one ended by the as-of date " + asOf);
	}
}
