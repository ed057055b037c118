/**
 * The fact model: small immutable records that Java hands to the rules in {@code rules/}, each with
 * its date and the feed file and line it came from, so every point and flag can be explained.
 */
package uk.placewise.facts;
