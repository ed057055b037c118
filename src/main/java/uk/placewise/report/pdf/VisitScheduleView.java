package uk.placewise.report.pdf;

import java.time.LocalDate;
import java.util.List;

/** The QA visit schedule; the renderer puts overdue visits first. */
public record VisitScheduleView(LocalDate asOf, String council, String rulesetVersion, List<ScheduleRow> rows) {

	public VisitScheduleView {
		rows = DashboardModel.copy(rows);
	}

}
