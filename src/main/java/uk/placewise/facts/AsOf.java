package uk.placewise.facts;

import java.time.LocalDate;

/** The run's as-of date: every window in the rules ends on it, never on the wall clock. */
public record AsOf(LocalDate date) {
}
