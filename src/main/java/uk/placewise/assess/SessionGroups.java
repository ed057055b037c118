package uk.placewise.assess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * provider, and flags each child's current placement. So a group's session gets its settings; every
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
		int count = Math.max(1, (settings.size() + settingsPerSession - 1) / settingsPerSession);
		SessionGroups groups = new SessionGroups(count);
		if (count == 1) {
			groups.groups.add(new Group(f, urns(settings), 0));
			return groups;
		}
		List<List<Setting>> byGroup = new ArrayList<>();
		for (int g = 0; g < count; g++) {
			byGroup.add(new ArrayList<>());
		}
		for (int i = 0; i < settings.size(); i++) {
			int g = (int) ((long) i * count / settings.size());
			byGroup.get(g).add(settings.get(i));
			groups.groupOfUrn.put(settings.get(i).urn(), g);
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
		for (int g = 0; g < count; g++) {
			Set<String> urns = urns(byGroup.get(g));
			Set<String> kids = children.get(g);
			Set<String> providers = new HashSet<>();
			byGroup.get(g).forEach(s -> providers.add(s.providerKey()));
			groups.groups.add(new Group(new FactSet(f.asOf(), byGroup.get(g), only(f.children(), c -> c.child(), kids),
					only(f.placements(), Placement::child, kids), only(f.inspections(), i -> i.urn(), urns),
					only(f.enforcements(), e -> e.urn(), urns), episodes(f, kids, urns),
					only(f.sdqScores(), s -> s.child(), kids), only(f.reg44Reports(), r -> r.urn(), urns),
					only(f.reg45Reviews(), r -> r.urn(), urns), only(f.qaVisits(), v -> v.urn(), urns),
					only(f.concerns(), c -> c.urn(), urns), only(f.viabilityChecks(), v -> v.providerKey(), providers)),
					urns, g));
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

	private static List<MissingEpisode> episodes(FactSet f, Set<String> children, Set<String> urns) {
		List<MissingEpisode> kept = new ArrayList<>();
		for (MissingEpisode e : orEmpty(f.missingEpisodes())) {
			if (children.contains(e.child()) || urns.contains(e.urn())) {
				kept.add(e);
			}
		}
		return kept;
	}

	private int groupOfChild(String child) {
		return Math.floorMod(child == null ? 0 : child.hashCode(), count);
	}

	private static Set<String> urns(List<Setting> settings) {
		Set<String> urns = new HashSet<>();
		settings.forEach(s -> urns.add(s.urn()));
		return urns;
	}

	private static <T> List<T> only(List<T> facts, Function<T, String> key, Set<String> wanted) {
		List<T> kept = new ArrayList<>();
		for (T fact : orEmpty(facts)) {
			if (wanted.contains(key.apply(fact))) {
				kept.add(fact);
			}
		}
		return kept;
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}
}
