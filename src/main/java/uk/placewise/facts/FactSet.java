package uk.placewise.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the rules see for one run: the facts dated on or before the as-of date, for the
 * settings being assessed (those with a child placed or a placement being considered).
 */
public record FactSet(LocalDate asOf, List<Setting> settings, List<Child> children, List<Placement> placements,
		List<Inspection> inspections, List<Enforcement> enforcements, List<MissingEpisode> missingEpisodes,
		List<SdqScore> sdqScores, List<Reg44Report> reg44Reports, List<Reg45Review> reg45Reviews,
		List<QaVisit> qaVisits, List<Concern> concerns, List<ViabilityCheck> viabilityChecks) {
}
