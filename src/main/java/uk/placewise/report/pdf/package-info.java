/**
 * The printed outputs a director, a panel and the QA team read: the monthly quality dashboard, the
 * complex needs panel pack and the visit schedule, rendered as PDF/A-2b from plain view-model records.
 */
package uk.placewise.report.pdf;
