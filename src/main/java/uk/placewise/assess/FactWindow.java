package uk.placewise.assess;

import java.util.Set;

import uk.placewise.yaml.YamlDocument;
import uk.placewise.yaml.YamlException;
import uk.placewise.yaml.YamlMap;

/**
 * What Java hands the rules that the rules folder decides, read from {@code facts.yml} in it (see the
 * folder's README, "What rules may see"): how far back a child who has left an assessed setting is still
 * handed to the rules, with all of their placements, missing episodes and SDQ scores. A rule whose
 * window is longer than this sees nothing older, so the window belongs beside the rules, not in Java.
 *
 * @param lookBackDays a child who left an assessed setting on or after as-of minus this many days is seen
 */
public record FactWindow(int lookBackDays) {

	/** The file in the rules folder. */
	static final String FILE = "facts.yml";

	/**
	 * When the folder has no {@code facts.yml}: 400 days, a little over the longest window of the shipped
	 * rules (12 months); the shipped folder states it.
	 */
	public static final FactWindow DEFAULT = new FactWindow(400);

	/** The longest window accepted: retention keeps children's records for 7 years at the most. */
	static final int MAX_DAYS = 7 * 366;

	private static final Set<String> KEYS = Set.of("look-back-days");

	/** Reads {@code facts.yml}; {@code name} is what messages call it (e.g. rules/facts.yml). */
	static FactWindow parse(String text, String name) {
		YamlMap facts = YamlMap.of(name, YamlDocument.parse(text, name), "the facts settings", KEYS);
		Integer days = facts.integer("look-back-days", DEFAULT.lookBackDays());
		if (days < 0 || days > MAX_DAYS) {
			throw new YamlException(name, facts.line("look-back-days"),
					"look-back-days must be between 0 and " + MAX_DAYS + ", not " + days);
		}
		return new FactWindow(days);
	}
}
