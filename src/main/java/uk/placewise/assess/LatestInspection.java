package uk.placewise.assess;

import uk.placewise.facts.Inspection;

/** Derived in ofsted.drl: a setting's most recent full inspection with a judgement (one per URN). */
public record LatestInspection(String urn, Inspection inspection) {
}
