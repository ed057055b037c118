package uk.placewise.assess;

import uk.placewise.facts.Reg44Report;

/** Derived in reg44.drl: a setting's most recent Reg 44 report by visit date (one per URN). */
public record LatestReg44(String urn, Reg44Report report) {
}
