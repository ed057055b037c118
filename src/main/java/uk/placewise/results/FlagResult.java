package uk.placewise.results;

import java.time.LocalDate;

import uk.placewise.assess.Severity;
import uk.placewise.facts.Source;

/** A panel flag as a night left it. */
public record FlagResult(String child, String urn, String code, Severity severity, LocalDate firstRaised,
		FlagStatus status, String fact, LocalDate factDate, Source source) {

	public boolean open() {
		return status.open();
	}

	/** The evidence in one line: the fact, its date and where it came from. */
	public String evidence() {
		StringBuilder s = new StringBuilder(fact);
		if (factDate != null) {
			s.append(" (").append(factDate);
			if (source != null && !source.file().isEmpty()) {
				s.append("; ").append(source);
			}
			s.append(')');
		}
		else if (source != null && !source.file().isEmpty()) {
			s.append(" (").append(source).append(')');
		}
		return s.toString();
	}
}
