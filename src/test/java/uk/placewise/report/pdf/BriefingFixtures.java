package uk.placewise.report.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Briefings built in code: a busy home (every section full) and a quiet agency (every section empty). */
final class BriefingFixtures {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	private BriefingFixtures() {
	}

	/** Ten reasons, three children, six Reg 44 reports, two episodes, a concern and an enforcement. */
	static Briefing busyHome() {
		List<Briefing.Point> reasons = new ArrayList<>();
		reasons.add(new Briefing.Point("OFS-INADEQUATE", 50, "Latest full inspection 2026-09-08: Inadequate",
				LocalDate.of(2026, 9, 8), "ofsted_inspection_events.csv:3"));
		reasons.add(new Briefing.Point("R44-UNSAFE", 30, "Reg 44 report for 2026-10: children not effectively safeguarded",
				LocalDate.of(2026, 10, 20), "reg44_reports.csv:10"));
		for (int i = 0; i < 8; i++) {
			reasons.add(new Briefing.Point("HIS-CONCERNS", 10, "Safeguarding concern CN-0" + i + " raised in the 12 months to 2026-11-20",
					LocalDate.of(2026, 10, 1 + i), "concerns.csv:" + (2 + i)));
		}
		List<Briefing.Reg44> reg44 = new ArrayList<>();
		for (int m = 5; m <= 10; m++) {
			reg44.add(new Briefing.Reg44(LocalDate.of(2026, m, 14), m != 9, m == 10 ? null : m != 8, m - 4));
		}
		return new Briefing(AS_OF, "Placewise Test Council", "3f2a9c1e", "SC900001", "Oak House", "Oakfield Care Ltd",
				"CHILDRENS_HOME", Band.CRITICAL, 200, "BAND-FLOOR-OFS-INADEQUATE", 1, LocalDate.of(2026, 11, 6), true,
				"last visit 2026-10-06 + 1 month",
				new Briefing.Visit(LocalDate.of(2026, 10, 6), "Unannounced", "Inadequate", "QA Officer 2"), reasons,
				List.of(new Briefing.PlacedChild("C101", LocalDate.of(2026, 2, 2),
						List.of(new Briefing.Flag("REG44_UNSAFE", "urgent", LocalDate.of(2026, 10, 31), "SC900001"))),
						new Briefing.PlacedChild("C102", LocalDate.of(2025, 7, 1), List.of()),
						new Briefing.PlacedChild("C103", LocalDate.of(2026, 6, 1),
								List.of(new Briefing.Flag("INSTABILITY", "review", LocalDate.of(2026, 9, 30), "")))),
				reg44, LocalDate.of(2026, 5, 29), List.of(new Briefing.Item(LocalDate.of(2026, 11, 10), "Safeguarding concern CN-06, open")),
				List.of(new Briefing.Item(LocalDate.of(2026, 9, 22), "Restriction of accommodation")),
				List.of(new Briefing.Missing("C101", "M", LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4), true,
						LocalDate.of(2026, 11, 10), null),
						new Briefing.Missing("C103", "A", LocalDate.of(2026, 11, 12), null, false, null, null)),
				List.of(new Briefing.Prompt("OFS-INADEQUATE", List.of("Ask for the action plan.", "Speak to the children.")),
						new Briefing.Prompt("HIS-CONCERNS", List.of("Read each concern and the LADO outcome."))));
	}

	/** No reasons, no children, no records: every section says so. */
	static Briefing quietAgency() {
		return new Briefing(AS_OF, "Placewise Test Council", "3f2a9c1e", "SC900002", null, null,
				"INDEPENDENT_FOSTERING_AGENCY", Band.LOW, 0, "BAND-LOW", 12, LocalDate.of(2026, 12, 1), false, "", null,
				List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of());
	}
}
