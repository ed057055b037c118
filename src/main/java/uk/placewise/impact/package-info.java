/**
 * {@code placewise rules impact}: a draft rules folder and the live one run over the same stored facts
 * of a night, and what would change (scores, bands, visits, flags), written for the QA board; the store
 * and the published outputs are only read.
 */
package uk.placewise.impact;
