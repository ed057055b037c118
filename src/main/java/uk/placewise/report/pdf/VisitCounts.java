package uk.placewise.report.pdf;

/**
 * QA visits for one band in the month (K10).
 * @param band the band; null for settings not yet banded
 * @param due visits that fell due in the month
 * @param done visits carried out in the month
 * @param overdue visits overdue at the as-of date
 */
public record VisitCounts(Band band, int due, int done, int overdue) {
}
