package uk.placewise.assess;

/** A setting's total points, inserted by the SCORE rule in bands.drl before any band is decided. */
public record Score(String urn, int total) {
}
