package uk.placewise.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.placewise.facts.Cost;
import uk.placewise.facts.Enforcement;
import uk.placewise.facts.FactSet;
import uk.placewise.facts.Placement;
import uk.placewise.facts.Setting;
import uk.placewise.facts.Source;
import uk.placewise.store.Episodes.Episode;

/**
 * Builds the facts the rules see for an as-of date (risk-model.md section 5), from what is stored.
 * <ul>
 * <li>Settings assessed: the URN of every child's current episode (DECOM <= as-of and DEC empty or
 * later), plus the settings the council's settings feed marks {@code considered}.</li>
 * <li>Children: every child with a current episode (with or without a URN), and every child placed
 * at an assessed setting within the look-back window (the rules folder's {@code facts.yml}, 400 days as
 * shipped); ages on the as-of date.</li>
 * <li>Placements: all episodes of those children begun on or before as-of, with distance in miles.</li>
 * <li>Everything else: only facts dated on or before as-of, for those settings, children and the
 * settings' provider organisations.</li>
 * </ul>
 * A handful of set-based queries, filtered in memory; no query per setting or child.
 */
@Component
public class FactLoader {

	private final JdbcTemplate jdbc;

	FactLoader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The facts for a night.
	 * @param lookBackDays how far back a child who has left an assessed setting is still handed to the
	 * rules: the rules folder decides it (assess.FactWindow), as its rules' windows are the reason
	 */
	@Transactional(readOnly = true)
	public FactSet load(LocalDate asOf, int lookBackDays) {
		Episodes episodes = new Episodes(jdbc, asOf);
		SettingFacts settingFacts = new SettingFacts(jdbc);
		Set<String> considered = settingFacts.considered();
		Set<String> urns = new TreeSet<>(considered);
		Set<String> children = new TreeSet<>();
		for (List<Episode> history : episodes.byChild().values()) {
			Episode last = history.get(history.size() - 1);
			if (last.openOn(asOf)) {
				children.add(last.child());
				if (last.urn() != null) {
					urns.add(last.urn());
				}
			}
		}
		LocalDate leftSince = asOf.minusDays(lookBackDays);
		for (List<Episode> history : episodes.byChild().values()) {
			for (Episode e : history) {
				if (e.urn() != null && urns.contains(e.urn()) && (e.dec() == null || e.dec().isAfter(leftSince))) {
					children.add(e.child());
				}
			}
		}
		List<Enforcement> enforcements = new ArrayList<>();
		List<Setting> settings = settingFacts.settings(urns, considered, enforcements, asOf);
		InspectionFacts ofsted = new InspectionFacts(jdbc);
		enforcements.addAll(ofsted.enforcements(urns, asOf));
		enforcements.sort(Comparator.comparing(Enforcement::urn));
		ChildFacts childFacts = new ChildFacts(jdbc);
		SettingEvidence evidence = new SettingEvidence(jdbc);
		Set<String> providers = new HashSet<>();
		settings.stream().map(Setting::providerKey).filter(k -> !k.isEmpty()).forEach(providers::add);
		return new FactSet(asOf, settings, childFacts.children(children, asOf), placements(episodes, children, asOf),
				ofsted.inspections(urns, asOf), enforcements, childFacts.missing(children, episodes, asOf),
				childFacts.sdqScores(children, asOf), evidence.reg44(urns, asOf), evidence.reg45(urns, asOf),
				evidence.qaVisits(urns, asOf), evidence.concerns(urns, asOf), evidence.viability(providers, asOf));
	}

	/** Weekly costs of placements started on or before the as-of date (the dashboard's K4; not for rules). */
	@Transactional(readOnly = true)
	public List<Cost> costs(LocalDate asOf) {
		return jdbc.query("""
				select child, urn, start_date, end_date, weekly_cost, placement_type, source_file, source_line
				from placement_cost where start_date <= ? and weekly_cost is not null order by nk""",
				(rs, n) -> new Cost(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
						rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getBigDecimal(5),
						rs.getString(6) == null ? "other" : rs.getString(6).toLowerCase(java.util.Locale.ROOT),
						new Source(rs.getString(7), rs.getLong(8))),
				java.sql.Date.valueOf(asOf));
	}

	private List<Placement> placements(Episodes episodes, Set<String> children, LocalDate asOf) {
		List<Episode> wanted = new ArrayList<>();
		Set<String> postcodes = new HashSet<>();
		for (String child : children) {
			for (Episode e : episodes.byChild().getOrDefault(child, List.of())) {
				wanted.add(e);
				if (e.homePost() != null) {
					postcodes.add(e.homePost());
				}
				if (e.plPost() != null) {
					postcodes.add(e.plPost());
				}
			}
		}
		Postcodes distances = new Postcodes(jdbc, postcodes);
		List<Placement> placements = new ArrayList<>();
		String child = null;
		LocalDate placedSince = null;
		for (Episode e : wanted) {
			// an RNE L episode only changes the legal status: the placement goes on from the one before
			boolean continues = "L".equals(e.rne()) && e.child().equals(child) && placedSince != null;
			placedSince = continues ? placedSince : e.decom();
			child = e.child();
			placements.add(new Placement(e.child(), e.decom(), e.dec() == null || e.dec().isAfter(asOf) ? null : e.dec(),
					e.rne(), e.place(), e.placeProvider(), e.urn(), distances.miles(e.homePost(), e.plPost()),
					e.openOn(asOf), e.source(), placedSince));
		}
		return placements;
	}
}
