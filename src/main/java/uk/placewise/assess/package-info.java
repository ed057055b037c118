/**
 * Runs the council's rules in {@code rules/} once over a night's facts and collects each setting's
 * score, band, visit frequency and reasons, and each child's panel flags, all with their evidence.
 * The rules are untrusted code: {@link uk.placewise.assess.RuleSandbox} checks them against an allowlist
 * before they are compiled, and {@link uk.placewise.assess.RuleWatch} keeps them within their budget.
 */
package uk.placewise.assess;
