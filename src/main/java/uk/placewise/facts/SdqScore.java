package uk.placewise.facts;

import java.time.LocalDate;

/** A Strengths and Difficulties Questionnaire total (0-40) dated as risk-model.md section 5 says. */
public record SdqScore(String child, LocalDate date, int score, Source source) {
}
