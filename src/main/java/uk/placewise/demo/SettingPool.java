package uk.placewise.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import uk.placewise.demo.OfstedMix.TypeMix;

/**
 * The 5,600 settings of the synthetic provider list: the planted ones plus background ones drawn type by type
 * from {@link OfstedMix}, so the list has the real file's size and mix. Organisations are sized from the real
 * settings-per-organisation counts.
 */
final class SettingPool {

	private final List<Setting> settings = new ArrayList<>();

	private SettingPool() {
	}

	static SettingPool build(long seed, LocalDate snapshot, List<Setting> planted, Names names) {
		SettingPool pool = new SettingPool();
		Rand rand = Rand.of(seed, "settings", 0);
		Set<String> urns = new TreeSet<>();
		planted.forEach((s) -> urns.add(s.urn()));
		List<Setting> drafts = new ArrayList<>();
		for (TypeMix mix : OfstedMix.TYPES) {
			long plantedOfType = planted.stream().filter((s) -> s.provisionType().equals(mix.type())).count();
			for (int i = 0; i < mix.rows() - plantedOfType; i++) {
				drafts.add(draft(mix, rand, snapshot, names, urns));
			}
		}
		List<Setting> owned = assignOrganisations(drafts, rand, names);
		// list order is by URN, as in the published file, planted settings among the rest
		TreeMap<String, Setting> byUrn = new TreeMap<>();
		owned.forEach((s) -> byUrn.put(s.urn(), s));
		planted.forEach((s) -> byUrn.put(s.urn(), s));
		int index = 0;
		for (Setting s : byUrn.values()) {
			pool.settings.add(withIndex(s, index++));
		}
		return pool;
	}

	List<Setting> settings() {
		return this.settings;
	}

	private static Setting draft(TypeMix mix, Rand rand, LocalDate snapshot, Names names, Set<String> urns) {
		String urn = newUrn(rand, urns);
		int region = rand.weighted(OfstedMix.REGION_ROWS);
		int anchor = rand.pick(Geography.anchorsOfRegion(region));
		String postcode = Geography.fullPostcode(Geography.randomSector(anchor, rand), rand);
		String sector = OfstedMix.SECTORS[rand.weighted(mix.sectors())];
		String status = rand.chance((double) mix.suspended() / mix.rows()) ? "Suspended" : "Active";
		String places = "";
		if (mix.places() != null) {
			int[] bucket = OfstedMix.PLACES_BUCKETS[rand.weighted(mix.places())];
			places = Integer.toString(rand.between(bucket[0], bucket[1]));
		}
		String premises = (mix.kind() == Setting.Kind.SUPPORTED)
				? Integer.toString(Math.min(Integer.parseInt(places), rand.between(1, 9))) : "";
		boolean home = "Children's home".equals(mix.type());
		String shortBreaks = (home && rand.chance(OfstedMix.SHORT_BREAKS_SHARE)) ? "Short breaks only" : "";
		String multi = (home && rand.chance(OfstedMix.MULTI_BUILDING_SHARE)) ? "Y" : "";
		boolean school = mix.type().contains("School") || mix.type().contains("College")
				|| mix.type().startsWith("Residential Special");
		String linked = (school && !mix.type().contains("registered as")) ? "9" + rand.between(10000, 99999) : "";
		String judgement;
		if (mix.saOutcomes() != null) {
			judgement = OfstedMix.SA_OUTCOMES[rand.weighted(mix.saOutcomes())];
		}
		else {
			judgement = OfstedMix.JUDGEMENTS[rand.weighted(mix.judgements())];
		}
		LocalDate lastFull = judgement.isEmpty() ? null : lastFullDate(mix.kind(), rand, snapshot);
		LocalDate registered = registered(mix.kind(), rand, snapshot, lastFull);
		return new Setting(-1, urn, mix.type(), mix.kind(), registered, status, names.setting(mix.kind(), rand),
				names.street(rand), postcode, anchor, sector, places, premises, shortBreaks, multi, "", linked, judgement,
				lastFull, false);
	}

	/**
	 * Latest full inspection date. Measured in the 2025 file: 88% of latest full inspections in the year before
	 * the snapshot, nearly all homes within 15 months; agencies on a three-year cycle; supported accommodation
	 * inspections began in 2024, so within the last year.
	 */
	private static LocalDate lastFullDate(Setting.Kind kind, Rand rand, LocalDate snapshot) {
		LocalDate latest = snapshot.minusDays(50); // published by the snapshot
		return switch (kind) {
			case HOME, SECURE, SCHOOL_HOME -> rand.chance(0.9) ? latest.minusDays(rand.between(0, 340))
					: latest.minusDays(rand.between(340, 700));
			case SUPPORTED -> latest.minusDays(rand.between(0, 330));
			default -> latest.minusDays(rand.between(0, 1080));
		};
	}

	private static LocalDate registered(Setting.Kind kind, Rand rand, LocalDate snapshot, LocalDate lastFull) {
		int years = rand.weighted(OfstedMix.REGISTRATION_AGE_YEARS);
		int span = (years == 20) ? 15 * 365 : 365;
		LocalDate date = snapshot.minusDays(years * 365L + rand.between(0, span - 1));
		if (kind == Setting.Kind.SUPPORTED) {
			// supported accommodation registration opened in April 2023 (the 28 October 2023 deadline)
			date = Dates.latest(date, LocalDate.of(2023, 4, 28).plusDays(rand.between(0, 180)));
		}
		if (lastFull == null && kind != Setting.Kind.SUPPORTED && kind != Setting.Kind.OTHER) {
			// never inspected: a home registered in the last year, not yet due its first full inspection
			return snapshot.minusDays(rand.between(10, 330));
		}
		if (lastFull != null && date.isAfter(lastFull.minusDays(90))) {
			return lastFull.minusDays(90 + rand.between(0, 400));
		}
		return date;
	}

	private static String newUrn(Rand rand, Set<String> urns) {
		// measured: 3,975 of 5,600 URNs are 7 digits, 1,625 are SC + 6 digits; no real URN starts SC9 or 9
		while (true) {
			// SC900xxx is kept for planted settings
			String urn = rand.chance(1625.0 / 5600) ? String.format("SC9%05d", rand.between(1000, 99999))
					: "9" + rand.between(100000, 999999);
			if (urns.add(urn)) {
				return urn;
			}
		}
	}

	/** Gives every draft an owner: fictitious councils for council homes, organisations sized as measured. */
	private static List<Setting> assignOrganisations(List<Setting> drafts, Rand rand, Names names) {
		List<Setting> result = new ArrayList<>(drafts.size());
		TreeMap<Integer, String> councilOfAnchor = new TreeMap<>();
		List<Integer> independent = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			result.add(null);
			if ("Local Authority".equals(drafts.get(i).ownerSector())) {
				Setting s = drafts.get(i);
				String council = councilOfAnchor.computeIfAbsent(s.anchor(), (a) -> names.council(rand));
				result.set(i, withOrganisation(s, council));
			}
			else {
				independent.add(i);
			}
		}
		// shuffle, then deal out runs of the measured organisation sizes
		for (int i = independent.size() - 1; i > 0; i--) {
			int j = rand.between(0, i);
			Integer t = independent.get(i);
			independent.set(i, independent.get(j));
			independent.set(j, t);
		}
		int[] sizes = new int[OfstedMix.SETTINGS_PER_ORGANISATION.length];
		for (int i = 0; i < sizes.length; i++) {
			sizes[i] = OfstedMix.SETTINGS_PER_ORGANISATION[i][1];
		}
		int next = 0;
		while (next < independent.size()) {
			int size = OfstedMix.SETTINGS_PER_ORGANISATION[rand.weighted(sizes)][0];
			String org = names.organisation(rand);
			for (int k = 0; k < size && next < independent.size(); k++, next++) {
				int i = independent.get(next);
				result.set(i, withOrganisation(drafts.get(i), org));
			}
		}
		return result;
	}

	private static Setting withOrganisation(Setting s, String org) {
		return new Setting(s.index(), s.urn(), s.provisionType(), s.kind(), s.registered(), s.status(), s.name(),
				s.address(), s.postcode(), s.anchor(), s.ownerSector(), s.places(), s.saPremises(), s.shortBreaks(),
				s.multiBuilding(), org, s.linkedEducationUrn(), s.judgement(), s.lastFull(), s.planted());
	}

	private static Setting withIndex(Setting s, int index) {
		return new Setting(index, s.urn(), s.provisionType(), s.kind(), s.registered(), s.status(), s.name(),
				s.address(), s.postcode(), s.anchor(), s.ownerSector(), s.places(), s.saPremises(), s.shortBreaks(),
				s.multiBuilding(), s.organisation(), s.linkedEducationUrn(), s.judgement(), s.lastFull(), s.planted());
	}

}
