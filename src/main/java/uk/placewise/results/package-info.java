/**
 * What each night concluded, kept per run: settings' scores, bands, schedule and reasons, and the
 * panel flags with their lifecycle. Outputs, the dashboard and {@code explain} read only from here.
 */
package uk.placewise.results;
