package uk.placewise.demo;

import java.util.Set;
import java.util.TreeSet;

/**
 * Invented names for settings, organisations, streets and people, built from word parts so that they read as
 * English place names but belong to no real home or company (a test checks them against the real Ofsted list).
 */
final class Names {

	private static final String[] HEADS = { "Ash", "Birch", "Bramble", "Cedar", "Clover", "Elder", "Fern", "Hazel",
			"Heather", "Holly", "Juniper", "Larch", "Linden", "Maple", "Meadow", "Moss", "Oak", "Rowan", "Sorrel",
			"Thistle", "Willow", "Wren", "Lark", "Finch", "Kestrel", "Plover", "Heron", "Teal", "Amber", "Copper",
			"Silver", "Slate", "Flint", "Briar", "Tansy", "Yarrow", "Aspen", "Alder", "Hawthorn", "Laurel" };

	private static final String[] TAILS = { "brook", "field", "gate", "mere", "wood", "croft", "dale", "ford",
			"holme", "leigh", "stead", "wick", "combe", "ridge", "bank", "hurst", "moor", "ton", "worth", "thorpe" };

	private static final String[] HOME_WORDS = { "House", "Lodge", "Cottage", "View", "Court", "Barn", "Grange",
			"Place" };

	private static final String[] ORG_WORDS = { "Care", "Childcare", "Care Services", "Homes", "Children's Services",
			"Family Care", "Care Group", "Young People's Services" };

	private static final String[] ORG_ENDINGS = { "Ltd", "Limited", "Limited", "Ltd", "CIC" };

	private static final String[] STREET_WORDS = { "Road", "Lane", "Close", "Avenue", "Street", "Drive", "Way" };

	private static final String[] SURNAMES = { "Ashworth", "Bramley", "Calloway", "Denholm", "Ellery", "Fairbairn",
			"Garside", "Hollins", "Ingleby", "Jessop", "Kershaw", "Lindley", "Marsden", "Northcott", "Ormerod",
			"Pickering", "Quayle", "Rushworth", "Stansfield", "Thackeray", "Uttley", "Varley", "Whitworth", "Yeadon" };

	private static final String INITIALS = "ABCDEFGHJKLMNPRSTW";

	/**
	 * Compounds that occur as a word in a real setting or organisation name of the 2024 or 2025 Ofsted lists
	 * (checked with a script over both files): never used, so no demo name reads as a real provider's.
	 */
	private static final Set<String> SEEN_IN_REAL_LISTS = Set.of("Amberleigh", "Ashcombe", "Ashford", "Ashton",
			"Ashwood", "Birchwood", "Hollybank", "Oakfield");

	private final Set<String> taken = new TreeSet<>();

	String compound(Rand rand) {
		String word = rand.pick(HEADS) + rand.pick(TAILS);
		while (SEEN_IN_REAL_LISTS.contains(word)) {
			word = rand.pick(HEADS) + rand.pick(TAILS);
		}
		return word;
	}

	/** A setting name, unique across the list. */
	String setting(Setting.Kind kind, Rand rand) {
		return unique(() -> switch (kind) {
			case IFA -> compound(rand) + " Fostering";
			case SUPPORTED -> compound(rand) + " Supported Living";
			case SCHOOL, SCHOOL_HOME -> compound(rand) + " School";
			case OTHER -> compound(rand) + " Centre";
			default -> compound(rand) + " " + rand.pick(HOME_WORDS);
		});
	}

	/** A private or voluntary organisation name, unique. */
	String organisation(Rand rand) {
		return unique(() -> compound(rand) + " " + rand.pick(ORG_WORDS) + " " + rand.pick(ORG_ENDINGS));
	}

	/** A council that owns homes; fictitious, so no real council is tied to invented inspection history. */
	String council(Rand rand) {
		return unique(() -> compound(rand) + " Borough Council");
	}

	String street(Rand rand) {
		return rand.between(1, 180) + " " + compound(rand) + " " + rand.pick(STREET_WORDS);
	}

	String person(Rand rand) {
		return INITIALS.charAt(rand.between(0, INITIALS.length() - 1)) + ". " + rand.pick(SURNAMES);
	}

	/** Draws again on a clash; after 30 clashes numbers the name (never reached at 5,600 settings in practice). */
	private String unique(java.util.function.Supplier<String> draw) {
		String name = draw.get();
		for (int i = 0; i < 30 && this.taken.contains(name); i++) {
			name = draw.get();
		}
		String candidate = name;
		for (int n = 2; !this.taken.add(candidate); n++) {
			candidate = name + " " + n;
		}
		return candidate;
	}

}
