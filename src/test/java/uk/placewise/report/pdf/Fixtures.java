package uk.placewise.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Small named view models for the PDF tests. */
final class Fixtures {

	static final YearMonth MARCH = YearMonth.of(2026, 3);

	static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

	static final String RULESET = "rs-3f2a9c1e";

	static final String LONG_NAME = "The Old Vicarage Therapeutic Residential Children's Home and Specialist "
			+ "Assessment Centre for Young People with Complex Needs (North Cheshire Satellite Unit)";

	private Fixtures() {
	}

	static DashboardConfig config() throws IOException {
		return DashboardConfigLoader.load(ReportsFolder.defaults());
	}

	static Path out(String name) {
		return Path.of("target", "pdf-tests", name);
	}

	static DashboardModel fullMonth() throws IOException {
		DashboardConfig config = config();
		List<Tile> tiles = List.of(Tile.of(config.require("K1"), 91.7, null, "55 of 60 children"),
				Tile.of(config.require("K2"), 2d, null, "at 1 setting"),
				Tile.of(config.require("K3"), 14.2, null, "17 of 120 children"),
				Tile.of(config.require("K4-residential"), 4650d, null, "41 placements"),
				Tile.of(config.require("K4-ifa"), 812d, null, "63 placements"),
				Tile.of(config.require("K4-supported"), 1490d, null, "16 placements"),
				Tile.of(config.require("K5"), 100d, null, "60 of 60 children"),
				Tile.of(config.require("K6"), 14d, 19d, "14 episodes, 6 children; 12-month trend falling"),
				Tile.of(config.require("K7"), null, null, null),
				Tile.of(config.require("K8"), 9.1, null, "long-term stability 71%"),
				Tile.of(config.require("K9"), 3d, null, "3 critical, 8 high, 22 medium, 41 low"),
				Tile.of(config.require("K10"), 4d, null, "31 due, 27 done"),
				Tile.of(config.require("K11-reg44"), 96.3, null, "26 of 27 homes"),
				Tile.of(config.require("K11-reg45"), 100d, null, "27 of 27 homes"),
				Tile.of(config.require("K12"), 23d, null, "7 new this month"));
		return new DashboardModel(MARCH, AS_OF, "Cheshire East Council", RULESET, tiles, trends(), riskiest(),
				List.of(new BandChange("SC100001", "Meadow View", "Bright Futures Care Ltd", Band.HIGH, Band.CRITICAL,
						72), new BandChange("SC100002", "Larch House", "Oakwood Homes", Band.MEDIUM, Band.LOW, 12),
						new BandChange("SC100003", "Harbour Lodge", "Coastline Care", null, Band.HIGH, 45)),
				List.of(new MissingRate("SC100001", "Meadow View", "Bright Futures Care Ltd", 9, 3, 3.0),
						new MissingRate("SC100004", LONG_NAME, "Evergreen Residential Services", 4, 2, 2.0)),
				List.of(new VisitCounts(Band.CRITICAL, 3, 2, 1), new VisitCounts(Band.HIGH, 8, 6, 2),
						new VisitCounts(Band.MEDIUM, 10, 9, 1), new VisitCounts(Band.LOW, 10, 10, 0)));
	}

	/** The full month's tiles and tables, as of the 20th: a month in progress. */
	static DashboardModel monthToDate() throws IOException {
		DashboardModel m = fullMonth();
		return new DashboardModel(m.month(), LocalDate.of(2026, 3, 20), m.council(), m.rulesetVersion(), m.tiles(),
				m.trends(), m.top10(), m.bandChanges(), m.missingTop5(), m.visits(), m.comparedWith());
	}

	/** The full month's tiles, with no band change because there is no earlier month to compare with. */
	static DashboardModel withNoEarlierMonth() throws IOException {
		DashboardModel m = fullMonth();
		return new DashboardModel(m.month(), m.asOf(), m.council(), m.rulesetVersion(), m.tiles(), m.trends(),
				m.top10(), List.of(), m.missingTop5(), m.visits(), null);
	}

	static DashboardModel emptyMonth() {
		return new DashboardModel(MARCH, AS_OF, "Cheshire East Council", RULESET,
				List.of(new Tile("K1", "Children in external placements at Good or Outstanding settings", null,
						"Target 100%", Rag.GREEN, null)),
				List.of(new TrendSeries("K6", "Missing episodes per month", MeasureUnit.COUNT, null, List.of())),
				List.of(), List.of(), List.of(), List.of());
	}

	private static List<TrendSeries> trends() {
		List<TrendPoint> k1 = new ArrayList<>();
		List<TrendPoint> k6 = new ArrayList<>();
		List<TrendPoint> k3 = new ArrayList<>();
		List<TrendPoint> k10 = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			YearMonth month = MARCH.minusMonths(i);
			k1.add(new TrendPoint(month, 85 + (11 - i) * 0.6));
			k6.add(new TrendPoint(month, (i == 4) ? null : 20.0 - (11 - i) * 0.5 + (i % 3)));
			k3.add(new TrendPoint(month, 17 - (11 - i) * 0.25));
			k10.add(new TrendPoint(month, (double) (i % 4)));
		}
		return List.of(new TrendSeries("K1", "% at Good or Outstanding settings", MeasureUnit.PERCENT, 100d, k1),
				new TrendSeries("K6", "Missing episodes per month", MeasureUnit.COUNT, null, k6),
				new TrendSeries("K3", "% placed more than 20 miles from home", MeasureUnit.PERCENT, 10d, k3),
				new TrendSeries("K10", "QA visits overdue", MeasureUnit.COUNT, 0d, k10),
				new TrendSeries("K7", "SDQ completion, ages 4-16", MeasureUnit.PERCENT, 95d, List.of()));
	}

	private static List<RiskySetting> riskiest() {
		return IntStream.rangeClosed(1, 10)
			.mapToObj((i) -> new RiskySetting("SC2000" + String.format("%02d", i), (i == 2) ? LONG_NAME : "Setting " + i,
					"Provider " + (char) ('A' + i) + " Ltd", (i <= 3) ? Band.CRITICAL : Band.HIGH, 90 - i * 4,
					List.of(new Reason("OFS-INADEQUATE", 50), new Reason("R44-UNSAFE", 30),
							new Reason("MIS-RATE", 15))))
			.toList();
	}

	static PanelPack panelPack(int children) {
		List<PanelFlagView> flags = new ArrayList<>();
		for (int i = 1; i <= children; i++) {
			String child = "C" + (100200 + i);
			boolean urgent = i % 3 == 0;
			flags.add(new PanelFlagView(child, "SC3000" + i, (i == 1) ? LONG_NAME : "Home " + i, "Provider " + i,
					urgent ? "INADEQUATE_SETTING" : "REPEAT_MISSING", urgent ? Severity.URGENT : Severity.REVIEW,
					AS_OF.minusDays(i * 3L), (i % 2 == 0) ? FlagStatus.NEW : FlagStatus.CONTINUING,
					List.of("Ofsted full inspection 2026-02-1" + (i % 10) + ": Inadequate (ofsted-providers.csv)",
							"3 missing episodes starting 2026-03-04, 2026-03-11, 2026-03-20 (missing.csv line "
									+ (40 + i) + ")")));
			if (i % 4 == 0) {
				flags.add(new PanelFlagView(child, "SC3000" + i, "Home " + i, "Provider " + i, "SDQ_CONCERN",
						Severity.REVIEW, AS_OF.minusDays(60), FlagStatus.CONTINUING,
						List.of("SDQ 24 on 2026-03-31, previous 18 (sdq.csv)")));
			}
		}
		flags.add(new PanelFlagView("C999001", "SC300999", "Closed Home", "Provider Z", "INSTABILITY",
				Severity.REVIEW, AS_OF.minusDays(200), FlagStatus.RESOLVED, List.of("2 placements in 12 months")));
		return new PanelPack(AS_OF, "Cheshire East Council", RULESET, flags);
	}

	static VisitScheduleView schedule(int settings) {
		List<ScheduleRow> rows = new ArrayList<>();
		for (int i = 1; i <= settings; i++) {
			Band band = Band.values()[i % 4];
			boolean overdue = i % 5 == 0;
			LocalDate due = overdue ? AS_OF.minusDays(i) : AS_OF.plusDays(i * 4L);
			rows.add(new ScheduleRow("SC4000" + i, (i == 7) ? LONG_NAME : "Setting " + i, "Provider " + i, band,
					80 - i, (i % 6 == 0) ? null : AS_OF.minusMonths(3), due, overdue, 1 + i % 3,
					List.of(new Reason("OFS-RI", 25), new Reason("R45-OVERDUE", 10))));
		}
		return new VisitScheduleView(AS_OF, "Cheshire East Council", RULESET, rows);
	}

}
