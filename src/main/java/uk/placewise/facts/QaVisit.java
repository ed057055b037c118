package uk.placewise.facts;

import java.time.LocalDate;

/** The council's own quality assurance visit and its outcome (null when not graded). */
public record QaVisit(String urn, LocalDate date, String visitType, Grade outcome, Source source) {
}
