package uk.placewise.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.placewise.demo.ChildRecords.ChildStory;
import uk.placewise.demo.ChildRecords.Cost;
import uk.placewise.demo.ChildRecords.Episode;

/**
 * A background child's period of care as SSDA903 episodes: placements one after another from the day care began
 * to the as-of date (or the day care ended, for a child who left), each in a setting chosen near home or far,
 * with a change of legal status part-way for children on an interim order, and a cost row for each external
 * placement.
 */
final class CareHistory {

	/** Codes for why a placement changed (SSDA903 REASON_PLACE_CHANGE) and how often. */
	private static final String[] REASONS = { "CARPL", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "STAND", "CLOSE",
			"ALLEG", "OTHER" };

	private static final int[] REASON_WEIGHTS = { 35, 14, 10, 8, 10, 8, 3, 3, 2, 7 };

	private static final String[] CIN = { "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8" };

	private static final int[] CIN_WEIGHTS = { 65, 7, 3, 14, 5, 2, 1, 3 };

	/** Dates the DfE codes changed (feeds.md): K3 registered supported accommodation from April 2024. */
	static final LocalDate K3_FROM = LocalDate.of(2024, 4, 1);

	static final LocalDate P2_UNTIL = LocalDate.of(2025, 3, 31);

	/** One placement: where and from when to when (end null while it goes on). */
	record Placement(LocalDate start, LocalDate end, PlacementKind kind, String place, String provider, String urn,
			String plPost, Setting setting) {
	}

	private final Council council;

	private final SettingChooser chooser;

	private final Geography geography;

	private final double reuse;

	/** Settings this council already uses, by kind and near/far: councils go back to providers they know. */
	private final List<List<Setting>> favourites = new ArrayList<>();

	CareHistory(Council council, SettingChooser chooser, Geography geography, double reuse) {
		this.council = council;
		this.chooser = chooser;
		this.geography = geography;
		this.reuse = reuse;
		for (int i = 0; i < Setting.Kind.values().length * 2; i++) {
			this.favourites.add(new ArrayList<>());
		}
	}

	/**
	 * A setting for a placement: most often one the council already uses (a council of 1,000 children uses a few
	 * hundred settings, not one per placement), otherwise a new one from the chooser.
	 */
	private Setting setting(Setting.Kind kind, boolean distant, LocalDate start, Rand rand) {
		List<Setting> known = this.favourites.get(kind.ordinal() * 2 + (distant ? 1 : 0));
		double p = this.reuse * ((kind == Setting.Kind.IFA) ? 0.93 : 0.83);
		if (!known.isEmpty() && rand.chance(p)) {
			Setting s = known.get(rand.between(0, known.size() - 1));
			if (!s.registered().isAfter(start)) {
				return s;
			}
		}
		Setting s = this.chooser.choose(kind, this.council.anchor(), distant, start, rand);
		if (s != null) {
			known.add(s);
		}
		return s;
	}

	/**
	 * Writes the child's episodes and costs; returns the placements for the missing episodes. {@code end} is the
	 * as-of date for a child still looked after, or the day care ended; {@code rec} the reason it ended (null
	 * while looked after).
	 */
	List<Placement> build(ChildStory child, Rand rand, LocalDate start, LocalDate end, String rec, boolean current,
			String homePost) {
		List<Placement> placements = placements(rand, child.header.dob(), start, end, current, homePost);
		episodes(child, rand, placements, rec, homePost, end);
		for (Placement p : placements) {
			boolean external = "PR4".equals(p.provider()) || "PR5".equals(p.provider());
			if (external || p.kind() == PlacementKind.SUPPORTED) {
				int mean = Calibration.WEEKLY_COST_MEAN[switch (p.kind().costType()) {
					case "residential" -> 0;
					case "ifa" -> 1;
					case "supported" -> 2;
					default -> 3;
				}];
				int weekly = (int) Math.max(mean * 0.4, rand.gaussian(mean, mean * 0.25));
				child.costs.add(new Cost(p.urn().equals("XXXXXXX") ? "" : p.urn(), p.start(), p.end(), weekly,
						p.kind().costType()));
			}
		}
		return placements;
	}

	private List<Placement> placements(Rand rand, LocalDate dob, LocalDate start, LocalDate end, boolean current,
			String homePost) {
		List<Placement> result = new ArrayList<>();
		boolean teen = Dates.age(dob, end) >= 11;
		boolean unsettled = rand.chance(Calibration.UNSETTLED_SHARE * (teen ? 1.4 : 0.6));
		double meanDays = unsettled ? Calibration.UNSETTLED_PLACEMENT_DAYS : Calibration.SETTLED_PLACEMENT_DAYS;
		LocalDate from = start;
		while (result.size() < 40) {
			int age = Dates.age(dob, from);
			PlacementKind kind = kind(rand, age, from);
			LocalDate until = from.plusDays(rand.expDays(kind == PlacementKind.CHILDRENS_HOME ? meanDays * 0.6 : meanDays));
			if (kind == PlacementKind.SUPPORTED && from.isBefore(K3_FROM)) {
				// unregulated semi-independent living (H5) ended when registration became law
				until = Dates.earliest(until, Dates.latest(from.plusDays(30), K3_FROM.minusDays(rand.between(1, 150))));
			}
			boolean last = !until.isBefore(end);
			result.add(placement(rand, kind, from, last ? (current ? null : end) : until, homePost));
			if (last) {
				return result;
			}
			from = until;
		}
		return result;
	}

	private PlacementKind kind(Rand rand, int age, LocalDate from) {
		PlacementKind[] kinds = PlacementKind.values();
		double[] weights = new double[kinds.length];
		for (int i = 0; i < kinds.length; i++) {
			weights[i] = kinds[i].weight(age);
		}
		if (from.isAfter(P2_UNTIL)) {
			weights[PlacementKind.INDEPENDENT.ordinal()] = 0; // P2 and Z1 were dropped in 2025
		}
		return kinds[rand.weighted(weights)];
	}

	private Placement placement(Rand rand, PlacementKind kind, LocalDate start, LocalDate end, String homePost) {
		boolean distant = rand.chance(Calibration.DISTANT_SHARES[kind.ordinal()]);
		int anchor = this.council.anchor();
		if (kind == PlacementKind.SUPPORTED && start.isBefore(K3_FROM)) {
			return new Placement(start, end, kind, "H5", "PR4", "XXXXXXX", carerSector(rand, distant), null);
		}
		if (kind.settingKind() != null) {
			Setting s = setting(kind.settingKind(), distant, start, rand);
			if (s != null) {
				String place = (kind == PlacementKind.IFA) ? kind.place(rand) : kind.place(rand);
				String plPost = (kind == PlacementKind.IFA) ? carerSector(rand, distant)
						: this.geography.use(s.anchor(), s.sector());
				return new Placement(start, end, kind, place, s.placeProvider(s.anchor() == anchor), s.urn(), plPost, s);
			}
			kind = PlacementKind.FOSTER_IN_HOUSE;
		}
		String provider = switch (kind) {
			case PARENTS -> "PR0";
			case INDEPENDENT -> "PR4";
			case ADOPTION -> rand.chance(0.8) ? "PR1" : "PR5";
			default -> "PR1";
		};
		String urn = (kind == PlacementKind.FOSTER_IN_HOUSE || kind == PlacementKind.FOSTER_RELATIVE) ? "" : "XXXXXXX";
		String plPost = (kind == PlacementKind.PARENTS) ? homePost : carerSector(rand, distant);
		return new Placement(start, end, kind, kind.place(rand), provider, urn, plPost, null);
	}

	/** Where a foster carer (or a flat) is: a sector near the council, or in another area. */
	private String carerSector(Rand rand, boolean distant) {
		int anchor = this.council.anchor();
		if (distant) {
			anchor = rand.between(0, Geography.ANCHORS.size() - 2);
			anchor = (anchor >= this.council.anchor()) ? anchor + 1 : anchor;
		}
		return this.geography.use(anchor, Geography.randomSector(anchor, rand));
	}

	private void episodes(ChildStory child, Rand rand, List<Placement> placements, String rec, String homePost,
			LocalDate end) {
		String cin = CIN[rand.weighted(CIN_WEIGHTS)];
		LocalDate start = placements.get(0).start();
		int ageAtStart = Dates.age(child.header.dob(), start);
		String ls = (ageAtStart >= 16 && rand.chance(0.5)) ? "V2"
				: new String[] { "C1", "V2", "C2", "J2" }[rand.weighted(new int[] { 45, 30, 22, 3 })];
		// an interim care order becomes a full one some months in: a legal-status-only episode (RNE L)
		LocalDate legalChange = "C1".equals(ls) ? start.plusDays(rand.between(90, 300)) : null;
		for (int i = 0; i < placements.size(); i++) {
			Placement p = placements.get(i);
			String rne = (i == 0) ? "S" : "P";
			String reason = (i == 0) ? "" : REASONS[rand.weighted(REASON_WEIGHTS)];
			if (p.kind() == PlacementKind.ADOPTION) {
				ls = "E1";
			}
			LocalDate from = p.start();
			// a change after the extract's date has not happened yet: an export never holds a future episode
			if (legalChange != null && legalChange.isAfter(from)
					&& (p.end() == null ? !legalChange.isAfter(end) : legalChange.isBefore(p.end()))) {
				child.episodes.add(new Episode(from, rne, ls, cin, p.place(), p.provider(), legalChange, "X1", reason,
						homePost, p.plPost(), p.urn()));
				from = legalChange;
				rne = "L";
				reason = "";
				ls = "C2";
				legalChange = null;
			}
			else if (legalChange != null && !legalChange.isAfter(from)) {
				ls = "C2";
				rne = (i == 0) ? "S" : "B";
				legalChange = null;
			}
			boolean last = i == placements.size() - 1;
			child.episodes.add(new Episode(from, rne, ls, cin, p.place(), p.provider(), p.end(), last ? rec : "X1",
					reason, homePost, p.plPost(), p.urn()));
		}
	}

}
