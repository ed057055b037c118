package uk.placewise.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import uk.placewise.facts.Concern;
import uk.placewise.facts.Enforcement;
import uk.placewise.facts.FactSet;
import uk.placewise.facts.Grade;
import uk.placewise.facts.Inspection;
import uk.placewise.facts.MissingEpisode;
import uk.placewise.facts.Placement;
import uk.placewise.facts.QaVisit;
import uk.placewise.facts.Reg44Report;
import uk.placewise.facts.Reg45Review;
import uk.placewise.facts.SdqScore;
import uk.placewise.facts.Setting;
import uk.placewise.facts.ViabilityCheck;

/**
 * BENCH-ONLY. The default risk model of risk-model.md sections 1 and 2 (every factor's points, the
 * score and the band) as one plain Java pass over a night's facts: the floor the Drools assessment is
 * timed against, and a cross-check that the shipped rules say what the specification says. Its
 * numbers are the shipped defaults written down twice on purpose; a council that changes rules/ will
 * see the bench report disagreements, which is the point. Never used by nightly.
 */
public final class ReferenceModel {

	private static final Set<String> ENFORCEMENT_ACTIONS = Set.of("Restriction of accommodation", "Suspension",
			"Compliance notice", "Cancellation");

	/** One setting's score, band and reasons as {@code RULE-ID:points}, sorted. */
	public record Result(String urn, int score, String band, List<String> reasons) {
	}

	private ReferenceModel() {
	}

	public static Map<String, Result> assess(FactSet f) {
		LocalDate asOf = f.asOf();
		Map<String, List<Inspection>> inspections = byKey(f.inspections(), Inspection::urn);
		Map<String, List<Enforcement>> enforcements = byKey(f.enforcements(), Enforcement::urn);
		Map<String, List<Reg44Report>> reg44 = byKey(f.reg44Reports(), Reg44Report::urn);
		Map<String, List<Reg45Review>> reg45 = byKey(f.reg45Reviews(), Reg45Review::urn);
		Map<String, List<MissingEpisode>> missing = byKey(f.missingEpisodes(), MissingEpisode::urn);
		Map<String, List<Placement>> placements = byKey(f.placements(), Placement::urn);
		Map<String, List<QaVisit>> qa = byKey(f.qaVisits(), QaVisit::urn);
		Map<String, List<Concern>> concerns = byKey(f.concerns(), Concern::urn);
		Map<String, List<SdqScore>> sdq = byKey(f.sdqScores(), SdqScore::child);
		Map<String, SdqScore> latestSdq = new HashMap<>();
		sdq.forEach((child, scores) -> latestSdq.put(child, latest(scores, SdqScore::date)));
		Map<String, ViabilityCheck> viability = new HashMap<>();
		byKey(f.viabilityChecks(), ViabilityCheck::providerKey)
			.forEach((key, checks) -> viability.put(key, latest(checks, ViabilityCheck::checkDate)));

		Map<String, Result> results = new HashMap<>();
		for (Setting s : f.settings()) {
			String u = s.urn();
			List<String> reasons = new ArrayList<>();
			List<Inspection> ins = inspections.getOrDefault(u, List.of());
			ofsted(s, ins, enforcements.getOrDefault(u, List.of()), asOf, reasons);
			List<Placement> here = placements.getOrDefault(u, List.of());
			if (s.type().isChildrensHome()) {
				reg44Missing(reg44.getOrDefault(u, List.of()), asOf, reasons);
				if (reg45.getOrDefault(u, List.of()).stream().noneMatch(r -> r.reviewDate().isAfter(asOf.minusMonths(7)))) {
					reasons.add("R45-OVERDUE:10");
				}
			}
			Reg44Report r44 = latest(reg44.getOrDefault(u, List.of()), Reg44Report::visitDate);
			if (r44 != null) {
				add(reasons, Boolean.FALSE.equals(r44.childrenSafeguarded()), "R44-UNSAFE", 30);
				add(reasons, Boolean.FALSE.equals(r44.wellbeingPromoted()), "R44-WELLBEING", 15);
				add(reasons, r44.recommendationsOutstanding() >= 3, "R44-ACTIONS", 10);
			}
			missing(here, missing.getOrDefault(u, List.of()), asOf, reasons);
			sdq(here, sdq, latestSdq, reasons);
			history(ins, concerns.getOrDefault(u, List.of()), asOf, reasons);
			List<QaVisit> visits = qa.getOrDefault(u, List.of());
			QaVisit lastVisit = latest(visits, QaVisit::date);
			if (lastVisit != null) {
				add(reasons, lastVisit.outcome() == Grade.INADEQUATE, "QA-OUTCOME", 30);
				add(reasons, lastVisit.outcome() == Grade.REQUIRES_IMPROVEMENT, "QA-OUTCOME", 15);
			}
			add(reasons, visits.isEmpty() && here.stream().anyMatch(Placement::current), "QA-NEVER", 10);
			ViabilityCheck check = s.providerKey().isEmpty() ? null : viability.get(s.providerKey());
			if (check != null) {
				add(reasons, "Amber".equals(check.rating()), "VIA-AMBER", 10);
				add(reasons, "Red".equals(check.rating()), "VIA-RED", 25);
			}
			reasons.sort(Comparator.naturalOrder());
			int score = reasons.stream().mapToInt(ReferenceModel::points).sum();
			results.put(u, new Result(u, score, band(score, reasons), List.copyOf(reasons)));
		}
		return results;
	}

	private static void ofsted(Setting s, List<Inspection> ins, List<Enforcement> enf, LocalDate asOf,
			List<String> reasons) {
		Inspection latest = latest(ins.stream().filter(i -> i.full() && i.grade() != null).toList(), Inspection::date);
		if (latest == null) {
			add(reasons, s.registered(), "OFS-NONE", 20);
		}
		else {
			add(reasons, latest.grade() == Grade.INADEQUATE, "OFS-INADEQUATE", 50);
			add(reasons, latest.grade() == Grade.REQUIRES_IMPROVEMENT, "OFS-RI", 25);
			add(reasons, latest.grade() == Grade.GOOD, "OFS-GOOD", 5);
			int cycle = s.type().isChildrensHome() ? 12 : 36;
			add(reasons, !latest.date().isAfter(asOf.minusMonths(cycle)), "OFS-STALE", 10);
			LocalDate previousDate = null;
			for (Inspection i : ins) {
				if (i.full() && i.grade() != null && i.date().isBefore(latest.date())
						&& (previousDate == null || i.date().isAfter(previousDate))) {
					previousDate = i.date();
				}
			}
			LocalDate before = previousDate;
			boolean worse = before != null && ins.stream()
				.anyMatch(i -> i.full() && i.grade() != null && i.date().equals(before)
						&& latest.grade().worseThan(i.grade()));
			boolean interimDecline = ins.stream()
				.anyMatch(i -> "Declined in effectiveness".equals(i.interimOutcome()) && i.date().isAfter(latest.date()));
			add(reasons, worse || interimDecline, "OFS-DECLINED", 15);
		}
		boolean inForce = "Suspended".equals(s.registrationStatus()) || enf.stream()
			.anyMatch(e -> ENFORCEMENT_ACTIONS.contains(e.action())
					&& (e.start() == null || !e.start().isAfter(asOf)) && (e.end() == null || !e.end().isBefore(asOf)));
		add(reasons, inForce, "OFS-ENFORCEMENT", 30);
	}

	private static void reg44Missing(List<Reg44Report> reports, LocalDate asOf, List<String> reasons) {
		LocalDate lastMonth = asOf.withDayOfMonth(1).minusMonths(1);
		LocalDate monthBefore = lastMonth.minusMonths(1);
		boolean last = false;
		boolean before = false;
		for (Reg44Report r : reports) {
			LocalDate d = r.visitDate();
			last |= !d.isBefore(lastMonth) && d.isBefore(lastMonth.plusMonths(1));
			before |= !d.isBefore(monthBefore) && d.isBefore(lastMonth);
		}
		if (!last) {
			reasons.add(before ? "R44-MISSING:10" : "R44-MISSING:20");
		}
	}

	private static void missing(List<Placement> here, List<MissingEpisode> episodes, LocalDate asOf,
			List<String> reasons) {
		LocalDate from = asOf.minusDays(90);
		LocalDate month = asOf.minusDays(30);
		int count = 0;
		int recorded = 0;
		int inTime = 0;
		Map<String, Integer> recent = new HashMap<>();
		for (MissingEpisode e : episodes) {
			if (e.start().isAfter(from)) {
				count++;
			}
			if (e.start().isAfter(month)) {
				recent.merge(e.child(), 1, Integer::sum);
			}
			if (e.rhiRecorded() && e.end() != null && e.end().isAfter(from)) {
				recorded++;
				if (e.rhiOffered() != null && !e.rhiOffered().isAfter(e.end().plusDays(3))) {
					inTime++;
				}
			}
		}
		Set<String> children = new HashSet<>();
		boolean repeat = false;
		for (Placement p : here) {
			if (!p.decom().isAfter(asOf) && (p.dec() == null || p.dec().isAfter(from))) {
				children.add(p.child());
			}
			repeat |= p.current() && recent.getOrDefault(p.child(), 0) >= 3;
		}
		if (count >= 1 && !children.isEmpty()) {
			double rate = (double) count / children.size();
			add(reasons, rate >= 1.0, "MIS-RATE", rate >= 2.0 ? 25 : 15);
		}
		add(reasons, repeat, "MIS-REPEAT", 10);
		add(reasons, recorded >= 1 && inTime < 0.80 * recorded, "MIS-RHI", 5);
	}

	private static void sdq(List<Placement> here, Map<String, List<SdqScore>> sdq, Map<String, SdqScore> latestSdq,
			List<String> reasons) {
		int scored = 0;
		int high = 0;
		boolean rising = false;
		for (Placement p : here) {
			if (!p.current()) {
				continue;
			}
			SdqScore latest = latestSdq.get(p.child());
			if (latest == null) {
				continue;
			}
			scored++;
			if (latest.score() >= 17) {
				high++;
			}
			LocalDate baseline = null;
			for (SdqScore b : sdq.get(p.child())) {
				if (b.date().isBefore(p.decom()) && (baseline == null || b.date().isAfter(baseline))) {
					baseline = b.date();
				}
			}
			for (SdqScore b : sdq.get(p.child())) {
				rising |= b.date().equals(baseline) && latest.score() - b.score() >= 5;
			}
		}
		add(reasons, scored >= 1 && high * 2 > scored, "SDQ-COMPLEX", 10);
		add(reasons, rising, "SDQ-RISING", 10);
	}

	private static void history(List<Inspection> ins, List<Concern> concerns, LocalDate asOf, List<String> reasons) {
		LocalDate year = asOf.minusMonths(12);
		long count = concerns.stream()
			.filter(c -> ("safeguarding".equals(c.category()) || "allegation".equals(c.category()))
					&& c.raised().isAfter(year))
			.count();
		add(reasons, count >= 1, "HIS-CONCERNS", (int) Math.min(30, 10 * count));
		add(reasons, ins.stream().anyMatch(i -> i.grade() == Grade.INADEQUATE && i.date().isAfter(asOf.minusMonths(24))),
				"HIS-INADEQUATE", 10);
	}

	/** Section 2, with the floor rules in the order bands.drl fires them. */
	private static String band(int score, List<String> reasons) {
		if (score >= 60 || reasons.contains("OFS-INADEQUATE:50") || reasons.contains("OFS-ENFORCEMENT:30")
				|| reasons.contains("R44-UNSAFE:30")) {
			return "Critical";
		}
		return score >= 40 ? "High" : score >= 20 ? "Medium" : "Low";
	}

	private static void add(List<String> reasons, boolean applies, String ruleId, int points) {
		if (applies) {
			reasons.add(ruleId + ":" + points);
		}
	}

	static int points(String reason) {
		return Integer.parseInt(reason.substring(reason.lastIndexOf(':') + 1));
	}

	private static <T> T latest(List<T> items, Function<T, LocalDate> date) {
		T best = null;
		for (T item : items) {
			if (best == null || date.apply(item).isAfter(date.apply(best))) {
				best = item;
			}
		}
		return best;
	}

	private static <T> Map<String, List<T>> byKey(List<T> items, Function<T, String> key) {
		Map<String, List<T>> map = new HashMap<>();
		for (T item : items == null ? List.<T>of() : items) {
			String k = key.apply(item);
			if (k != null) {
				map.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
			}
		}
		return map;
	}
}
