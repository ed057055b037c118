/**
 * Outputs from stored results only (never from raw feeds): the nightly CSV files, the visit calendar
 * and the PDFs, all written into a run's staging folder.
 */
package uk.placewise.report;
