package uk.placewise.assess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import uk.placewise.facts.FactSet;
import uk.placewise.facts.MissingEpisode;
import uk.placewise.facts.Placement;
import uk.placewise.facts.Setting;

/**
 * Splits a night into groups of settings, each assessed in its own session, so that a national night
 * (hundreds of thousands of facts) never has to sit in one working memory: Drools keeps several tuples
 * per fact per pattern, and one session of a whole nation's facts needs well over a gigabyte.
 * <p>
 * The risk model scores each setting from facts about that setting, the children placed there and its
 * provider, and flags each child's current placement. So every provider's settings are in one group
 * (a rule about a provider sees all of them), and a group's session gets its settings; every
 * fact about them (by URN); every child ever placed at them, with all of that child's placements,
 * missing episodes and SDQ scores wherever they were; and the viability checks of their providers. A
 * child whose current placement is at no assessed setting (no URN) goes to one group by its ID. Each
 * flag is kept by one group only: the group of the setting it names, else the group of its child.
 */
final class SessionGroups {

	/** Settings per session: small enough to bound memory, large enough that sessions stay few. */
	static final int SETTINGS_PER_SESSION = 500;

	record Group(FactSet facts, Set<String> urns, int index) {
	}

	private final int count;

	private final Map<String, Integer> groupOfUrn = new HashMap<>();

	private final List<Group> groups = new ArrayList<>();

	private SessionGroups(int count) {
		this.count = count;
	}

	List<Group> groups() {
		return groups;
	}

	static SessionGroups of(FactSet f, int settingsPerSession) {
		List<Setting> settings = orEmpty(f.settings());
		List<List<Setting>> byGroup = wholeProviders(settings, settingsPerSession);
		int count = Math.max(1, byGroup.size());
		SessionGroups groups = new SessionGroups(count);
		if (count == 1) {
			groups.groups.add(new Group(f, urns(settings), 0));
			return groups;
		}
		for (int g = 0; g < count; g++) {
			for (Setting s : byGroup.get(g)) {
				groups.groupOfUrn.put(s.urn(), g);
			}
		}
		List<Set<String>> children = new ArrayList<>();
		for (int g = 0; g < count; g++) {
			children.add(new HashSet<>());
		}
		for (Placement p : orEmpty(f.placements())) {
			Integer g = p.urn() == null ? null : groups.groupOfUrn.get(p.urn());
			if (g != null) {
				children.get(g).add(p.child());
			}
			else if (p.current()) {
				children.get(groups.groupOfChild(p.child())).add(p.child());
			}
		}
		// each fact goes to its groups in one pass over each list, in the night's order
		Map<String, int[]> groupsOfChild = new HashMap<>();
		for (int g = 0; g < count; g++) {
			for (String child : children.get(g)) {
				groupsOfChild.merge(child, new int[] { g }, SessionGroups::union);
			}
		}
		Map<String, int[]> groupsOfUrn = new HashMap<>();
		groups.groupOfUrn.forEach((urn, g) -> groupsOfUrn.put(urn, new int[] { g }));
		Map<String, int[]> groupsOfProvider = new HashMap<>();
		for (int g = 0; g < count; g++) {
			for (Setting s : byGroup.get(g)) {
				groupsOfProvider.merge(s.providerKey(), new int[] { g }, SessionGroups::union);
			}
		}
		var kids = split(f.children(), c -> c.child(), groupsOfChild, count);
		var placements = split(f.placements(), Placement::child, groupsOfChild, count);
		var inspections = split(f.inspections(), i -> i.urn(), groupsOfUrn, count);
		var enforcements = split(f.enforcements(), e -> e.urn(), groupsOfUrn, count);
		var episodes = episodes(f, groupsOfChild, groupsOfUrn, count);
		var sdqScores = split(f.sdqScores(), s -> s.child(), groupsOfChild, count);
		var reg44 = split(f.reg44Reports(), r -> r.urn(), groupsOfUrn, count);
		var reg45 = split(f.reg45Reviews(), r -> r.urn(), groupsOfUrn, count);
		var qaVisits = split(f.qaVisits(), v -> v.urn(), groupsOfUrn, count);
		var concerns = split(f.concerns(), c -> c.urn(), groupsOfUrn, count);
		var viability = split(f.viabilityChecks(), v -> v.providerKey(), groupsOfProvider, count);
		for (int g = 0; g < count; g++) {
			groups.groups.add(new Group(new FactSet(f.asOf(), byGroup.get(g), kids.get(g), placements.get(g),
					inspections.get(g), enforcements.get(g), episodes.get(g), sdqScores.get(g), reg44.get(g),
					reg45.get(g), qaVisits.get(g), concerns.get(g), viability.get(g)), urns(byGroup.get(g)), g));
		}
		return groups;
	}

	/**
	 * The settings in groups of about {@code settingsPerSession}, each provider's settings whole in one
	 * group (in the order the provider first appears), so that a rule about a provider sees all of it. A
	 * provider with more settings than that has a group of its own; a setting with no provider name is a
	 * provider of its own.
	 */
	private static List<List<Setting>> wholeProviders(List<Setting> settings, int settingsPerSession) {
		Map<String, List<Setting>> byProvider = new LinkedHashMap<>();
		for (Setting s : settings) {
			String provider = s.providerKey().isEmpty() ? "\0" + s.urn() : s.providerKey();
			byProvider.computeIfAbsent(provider, k -> new ArrayList<>()).add(s);
		}
		List<List<Setting>> groups = new ArrayList<>();
		List<Setting> current = new ArrayList<>();
		for (List<Setting> provider : byProvider.values()) {
			if (!current.isEmpty() && current.size() + provider.size() > settingsPerSession) {
				groups.add(current);
				current = new ArrayList<>();
			}
			current.addAll(provider);
		}
		if (!current.isEmpty()) {
			groups.add(current);
		}
		return groups;
	}

	/** Whether a group keeps a flag: the group of the setting the flag names, else its child's group. */
	boolean keeps(Group group, Flag flag) {
		if (count == 1) {
			return true;
		}
		Integer g = flag.urn() == null ? null : groupOfUrn.get(flag.urn());
		return (g == null ? groupOfChild(flag.child()) : g) == group.index();
	}

	/** An episode goes to its child's groups and to its setting's group (once each). */
	private static List<List<MissingEpisode>> episodes(FactSet f, Map<String, int[]> groupsOfChild,
			Map<String, int[]> groupsOfUrn, int count) {
		List<List<MissingEpisode>> kept = lists(count);
		for (MissingEpisode e : orEmpty(f.missingEpisodes())) {
			int[] byChild = groupsOfChild.get(e.child());
			int[] byUrn = groupsOfUrn.get(e.urn());
			int[] all = byChild == null ? byUrn : byUrn == null ? byChild : union(byChild, byUrn);
			if (all != null) {
				for (int g : all) {
					kept.get(g).add(e);
				}
			}
		}
		return kept;
	}

	/** Each fact of a list, in order, in the list of every group its key belongs to. */
	private static <T> List<List<T>> split(List<T> facts, Function<T, String> key, Map<String, int[]> groupsOf,
			int count) {
		List<List<T>> kept = lists(count);
		for (T fact : orEmpty(facts)) {
			int[] in = groupsOf.get(key.apply(fact));
			if (in != null) {
				for (int g : in) {
					kept.get(g).add(fact);
				}
			}
		}
		return kept;
	}

	private static <T> List<List<T>> lists(int count) {
		List<List<T>> lists = new ArrayList<>(count);
		for (int g = 0; g < count; g++) {
			lists.add(new ArrayList<>());
		}
		return lists;
	}

	/** The sorted union of two sorted, duplicate-free group lists. */
	private static int[] union(int[] a, int[] b) {
		int[] out = new int[a.length + b.length];
		int i = 0;
		int j = 0;
		int n = 0;
		while (i < a.length || j < b.length) {
			if (j == b.length || i < a.length && a[i] < b[j]) {
				out[n++] = a[i++];
			}
			else if (i == a.length || b[j] < a[i]) {
				out[n++] = b[j++];
			}
			else {
				out[n++] = a[i++];
				j++;
			}
		}
		return n == out.length ? out : java.util.Arrays.copyOf(out, n);
	}

	private int groupOfChild(String child) {
		return Math.floorMod(child == null ? 0 : child.hashCode(), count);
	}

	private static Set<String> urns(List<Setting> settings) {
		Set<String> urns = new HashSet<>();
		settings.forEach(s -> urns.add(s.urn()));
		return urns;
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}
}
