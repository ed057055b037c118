package uk.placewise.assess;

import uk.placewise.facts.QaVisit;

/** Derived in qa.drl: the council's most recent QA visit to a setting (one per URN). */
public record LatestQaVisit(String urn, QaVisit visit) {
}
