package uk.placewise.schedule;

import java.time.LocalDate;

/**
 * What the schedule needs to know of one assessed setting.
 *
 * @param bandRank 0 for Critical, 1 High, 2 Medium, 3 Low: higher bands keep their dates
 * @param lastVisit the latest QA visit on or before the as-of date, or null when never visited
 * @param firstPlaced the earliest start of a current placement there (the clock for a first visit),
 * or null when only a placement is being considered
 */
public record VisitNeed(String urn, int bandRank, int score, int everyMonths, int firstVisitWorkingDays,
		int firstVisitMonths, LocalDate lastVisit, LocalDate firstPlaced) {
}
