/**
 * Visit briefing packs (issue 18): for each QA visit due within a window, or overdue, one PDF of why the
 * visit, what has happened at the setting and what to look at, and briefings.csv listing them.
 */
package uk.placewise.briefing;
