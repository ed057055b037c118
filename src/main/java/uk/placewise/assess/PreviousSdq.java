package uk.placewise.assess;

import uk.placewise.facts.SdqScore;

/** Derived in sdq.drl: a child's score before their latest one (one per child). */
public record PreviousSdq(String child, SdqScore sdq) {
}
