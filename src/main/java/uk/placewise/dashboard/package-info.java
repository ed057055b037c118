/**
 * The directors' monthly dashboard: the measures K1-K12 of outputs.md, computed each night from the
 * store and the night's results, and the PDF built from what was stored.
 */
package uk.placewise.dashboard;
