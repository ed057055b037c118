package uk.placewise.results;

import java.time.LocalDate;

/** A stored night: its run id, as-of date and the version of the rules that made it. */
public record RunResult(long runId, LocalDate asOf, String rulesetVersion) {
}
