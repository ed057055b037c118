package uk.placewise.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the background setting for a placement: near home (the council's anchor) or elsewhere, of the kind the
 * placement needs, registered before it starts. Within a pool it deals round-robin from a random start, which
 * spreads children over many settings as councils do (and, at national scale, uses nearly every setting).
 * Planted settings are never dealt: their stories are scripted.
 */
final class SettingChooser {

	private static final Setting.Kind[] KINDS = Setting.Kind.values();

	private final List<List<List<Setting>>> pools = new ArrayList<>();

	private final List<List<Setting>> anyAnchor = new ArrayList<>();

	private final int[][] cursors;

	private final int[] anyCursors;

	private final boolean[] used;

	SettingChooser(List<Setting> settings, Rand rand) {
		int anchors = Geography.ANCHORS.size();
		for (int a = 0; a < anchors; a++) {
			List<List<Setting>> byKind = new ArrayList<>();
			for (int k = 0; k < KINDS.length; k++) {
				byKind.add(new ArrayList<>());
			}
			this.pools.add(byKind);
		}
		for (int k = 0; k < KINDS.length; k++) {
			this.anyAnchor.add(new ArrayList<>());
		}
		for (Setting s : settings) {
			if (!s.planted() && s.kind() != Setting.Kind.OTHER) {
				Setting.Kind kind = (s.kind() == Setting.Kind.SCHOOL_HOME) ? Setting.Kind.SCHOOL : s.kind();
				this.pools.get(s.anchor()).get(kind.ordinal()).add(s);
				this.anyAnchor.get(kind.ordinal()).add(s);
			}
		}
		this.cursors = new int[anchors][KINDS.length];
		for (int[] row : this.cursors) {
			for (int k = 0; k < row.length; k++) {
				row[k] = rand.between(0, 10_000);
			}
		}
		this.anyCursors = new int[KINDS.length];
		for (int k = 0; k < KINDS.length; k++) {
			this.anyCursors[k] = rand.between(0, 10_000);
		}
		this.used = new boolean[settings.size()];
	}

	/** A setting of the kind, near the anchor or not, registered on or before the date; null if none. */
	Setting choose(Setting.Kind kind, int homeAnchor, boolean distant, LocalDate start, Rand rand) {
		int anchor = homeAnchor;
		if (distant) {
			anchor = rand.between(0, Geography.ANCHORS.size() - 2);
			anchor = (anchor >= homeAnchor) ? anchor + 1 : anchor;
		}
		Setting s = deal(this.pools.get(anchor).get(kind.ordinal()), this.cursors[anchor], kind.ordinal(), start);
		if (s == null) {
			s = deal(this.anyAnchor.get(kind.ordinal()), this.anyCursors, kind.ordinal(), start);
		}
		if (s != null) {
			this.used[s.index()] = true;
		}
		return s;
	}

	private static Setting deal(List<Setting> pool, int[] cursors, int k, LocalDate start) {
		for (int tries = 0; tries < pool.size(); tries++) {
			Setting s = pool.get(Math.floorMod(cursors[k]++, pool.size()));
			if (!s.registered().isAfter(start)) {
				return s;
			}
		}
		return null;
	}

	boolean used(int index) {
		return this.used[index];
	}

	void markUsed(int index) {
		this.used[index] = true;
	}

}
