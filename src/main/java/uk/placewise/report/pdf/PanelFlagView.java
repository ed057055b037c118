package uk.placewise.report.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * One flag on one child's placement. The child is named only by the council's child ID: there is
 * deliberately no field for a name or a date of birth.
 * @param child the council's child ID
 * @param flag the flag code, e.g. {@code INADEQUATE_SETTING}
 * @param evidence one line per fact behind the flag (rule, fact, date, source file)
 */
public record PanelFlagView(String child, String urn, String settingName, String provider, String flag,
		Severity severity, LocalDate firstRaised, FlagStatus status, List<String> evidence) {

	public PanelFlagView {
		evidence = (evidence == null) ? List.of() : List.copyOf(evidence);
	}

}
