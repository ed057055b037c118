package uk.placewise.facts;

import java.time.LocalDate;

/** A business viability check of a provider organisation (rating Green, Amber or Red). */
public record ViabilityCheck(String providerKey, String provider, LocalDate checkDate, String rating, Source source) {
}
