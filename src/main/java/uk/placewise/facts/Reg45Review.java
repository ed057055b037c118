package uk.placewise.facts;

import java.time.LocalDate;

/** A Regulation 45 quality of care review. */
public record Reg45Review(String urn, LocalDate reviewDate, Source source) {
}
