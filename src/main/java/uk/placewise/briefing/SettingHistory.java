package uk.placewise.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import uk.placewise.facts.Concern;
import uk.placewise.facts.Enforcement;
import uk.placewise.facts.FactSet;
import uk.placewise.facts.MissingEpisode;
import uk.placewise.facts.Placement;
import uk.placewise.facts.QaVisit;
import uk.placewise.facts.Reg44Report;
import uk.placewise.facts.Reg45Review;
import uk.placewise.report.pdf.Briefing;
import uk.placewise.results.FlagResult;
import uk.placewise.store.VisitRecords.ReturnInterview;

/**
 * What has happened at one setting, from the night's facts (all dated on or before its as-of date):
 * the pieces of a briefing that are records, not the rules' conclusions.
 */
final class SettingHistory {

	/** Issue 18: "missing episodes of children placed there in the last 90 days". */
	static final int MISSING_DAYS = 90;

	/** Issue 18: "the last six Reg 44 reports". */
	static final int REG44_REPORTS = 6;

	private final FactSet facts;

	private final Map<String, ReturnInterview> interviews = new HashMap<>();

	// each kind of fact by setting, once: a national night briefs hundreds of settings over ~700,000 facts
	private final Map<String, List<QaVisit>> visits;

	private final Map<String, List<Placement>> placements;

	private final Map<String, List<Reg44Report>> reg44;

	private final Map<String, List<Reg45Review>> reg45;

	private final Map<String, List<Concern>> concerns;

	private final Map<String, List<Enforcement>> enforcements;

	private final Map<String, List<MissingEpisode>> missing;

	SettingHistory(FactSet facts, List<ReturnInterview> interviews) {
		this.facts = facts;
		interviews.forEach(i -> this.interviews.put(i.child() + "|" + i.missingStart(), i));
		this.visits = byUrn(facts.qaVisits(), QaVisit::urn);
		this.placements = byUrn(facts.placements(), Placement::urn);
		this.reg44 = byUrn(facts.reg44Reports(), Reg44Report::urn);
		this.reg45 = byUrn(facts.reg45Reviews(), Reg45Review::urn);
		this.concerns = byUrn(facts.concerns(), Concern::urn);
		this.enforcements = byUrn(facts.enforcements(), Enforcement::urn);
		this.missing = byUrn(facts.missingEpisodes(), MissingEpisode::urn);
	}

	private static <T> Map<String, List<T>> byUrn(List<T> facts, Function<T, String> urn) {
		Map<String, List<T>> grouped = new HashMap<>();
		for (T fact : facts) {
			String key = urn.apply(fact);
			if (key != null) {
				grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(fact);
			}
		}
		return grouped;
	}

	private static <T> List<T> of(Map<String, List<T>> grouped, String urn) {
		return grouped.getOrDefault(urn, List.of());
	}

	Briefing.Visit lastVisit(String urn, String officer) {
		return of(visits, urn).stream()
			.max(Comparator.comparing(QaVisit::date))
			.map(v -> new Briefing.Visit(v.date(), v.visitType() == null ? "" : v.visitType(),
					v.outcome() == null ? "" : v.outcome().label(), officer))
			.orElse(null);
	}

	/** The children placed there on the as-of date, by child ID, each with every open flag of theirs. */
	List<Briefing.PlacedChild> children(String urn, Map<String, List<FlagResult>> openFlags) {
		Map<String, LocalDate> placed = new TreeMap<>();
		for (Placement p : of(placements, urn)) {
			if (p.current()) {
				placed.merge(p.child(), p.placedSince(), (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		return placed.entrySet()
			.stream()
			.map(e -> new Briefing.PlacedChild(e.getKey(), e.getValue(), openFlags.getOrDefault(e.getKey(), List.of())
				.stream()
				.sorted(Comparator.comparing(FlagResult::severity).thenComparing(FlagResult::code))
				.map(f -> new Briefing.Flag(f.code(), f.severity().word(), f.firstRaised(), f.urn()))
				.toList()))
			.toList();
	}

	/** The last six reports by visit date, oldest first. */
	List<Briefing.Reg44> reg44(String urn) {
		List<Reg44Report> latest = of(reg44, urn).stream()
			.sorted(Comparator.comparing(Reg44Report::visitDate).reversed())
			.limit(REG44_REPORTS)
			.sorted(Comparator.comparing(Reg44Report::visitDate))
			.toList();
		return latest.stream()
			.map(r -> new Briefing.Reg44(r.visitDate(), r.childrenSafeguarded(), r.wellbeingPromoted(),
					r.recommendationsOutstanding()))
			.toList();
	}

	LocalDate latestReg45(String urn) {
		return of(reg45, urn).stream()
			.map(Reg45Review::reviewDate)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/** Concerns not closed on the as-of date, oldest first. */
	List<Briefing.Item> openConcerns(String urn) {
		return of(concerns, urn).stream()
			.filter(c -> c.closed() == null && !"closed".equalsIgnoreCase(strip(c.status())))
			.sorted(Comparator.comparing(Concern::raised).thenComparing(Concern::concernId))
			.map(c -> new Briefing.Item(c.raised(), capitalised(c.category()) + " concern " + c.concernId()
					+ (strip(c.status()).isEmpty() ? "" : ", " + strip(c.status()))))
			.toList();
	}

	/** Ofsted enforcement in force on the as-of date (start on or before it, end empty or on or after it). */
	List<Briefing.Item> enforcementsInForce(String urn) {
		LocalDate day = facts.asOf();
		return of(enforcements, urn).stream()
			.filter(e -> (e.start() == null || !e.start().isAfter(day))
					&& (e.end() == null || !e.end().isBefore(day)))
			.map(e -> new Briefing.Item(e.start(), e.action() + (e.end() == null ? "" : " (ends " + e.end() + ")")))
			.toList();
	}

	/**
	 * Episodes that began while the child was placed here and were open at some time in the last 90 days
	 * (a child still missing is listed however long ago the episode began), oldest first.
	 */
	List<Briefing.Missing> missing(String urn) {
		LocalDate from = facts.asOf().minusDays(MISSING_DAYS);
		return of(missing, urn).stream()
			.filter(m -> m.end() == null || m.end().isAfter(from))
			.sorted(Comparator.comparing(MissingEpisode::start).thenComparing(MissingEpisode::child))
			.map(m -> {
				ReturnInterview i = interviews.get(m.child() + "|" + m.start());
				return new Briefing.Missing(m.child(), m.kind(), m.start(), m.end(), m.rhiRecorded(),
						m.rhiOffered(), i == null ? null : i.completed());
			})
			.toList();
	}

	private static String strip(String s) {
		return s == null ? "" : s.strip();
	}

	private static String capitalised(String s) {
		String t = strip(s);
		return t.isEmpty() ? "A" : Character.toUpperCase(t.charAt(0)) + t.substring(1);
	}
}
