package uk.placewise.assess;

import uk.placewise.facts.SdqScore;

/** Derived in sdq.drl: a child's most recent SDQ score (one per child). */
public record LatestSdq(String child, SdqScore sdq) {
}
