package uk.placewise.assess;

import uk.placewise.facts.ViabilityCheck;

/** Derived in viability.drl: the latest viability check of a provider organisation (one per provider). */
public record LatestViability(String providerKey, ViabilityCheck check) {
}
