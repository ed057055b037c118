/**
 * Bench-only: {@code placewise bench} measures the product against its floors (raw OpenCSV parsing, a
 * plain Java reference of the default risk model). Nothing in the nightly path uses this package; the
 * reference model here is a yardstick and a cross-check of the shipped rules, never a second engine.
 */
package uk.placewise.bench;
