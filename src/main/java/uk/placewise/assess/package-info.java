/**
 * Runs the council's rules in {@code rules/} once over a night's facts and collects each setting's
 * score, band, visit frequency and reasons, and each child's panel flags, all with their evidence.
 */
package uk.placewise.assess;
