package uk.placewise.report.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * The complex needs panel pack: every flag of the run, open and resolved. The renderer groups them
 * by child, urgent first.
 */
public record PanelPack(LocalDate asOf, String council, String rulesetVersion, List<PanelFlagView> flags) {

	public PanelPack {
		flags = DashboardModel.copy(flags);
	}

}
