package uk.placewise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.placewise.demo.PlantedCase.Kind;

class PlantedScenariosTests {

	static final List<String> FACTORS = List.of("OFS-INADEQUATE", "OFS-RI", "OFS-GOOD", "OFS-NONE", "OFS-STALE",
			"OFS-DECLINED", "OFS-ENFORCEMENT", "R44-MISSING", "R44-UNSAFE", "R44-WELLBEING", "R44-ACTIONS", "R45-OVERDUE",
			"MIS-RATE", "MIS-REPEAT", "MIS-RHI", "SDQ-COMPLEX", "SDQ-RISING", "HIS-CONCERNS", "HIS-INADEQUATE",
			"QA-OUTCOME", "QA-NEVER", "VIA-AMBER", "VIA-RED");

	static final List<String> FLAGS = List.of("INADEQUATE_SETTING", "ENFORCEMENT", "UNDER16_UNREGULATED",
			"UNREGISTERED_SUPPORTED", "REG44_UNSAFE", "REPEAT_MISSING", "SDQ_CONCERN", "INSTABILITY",
			"DISTANT_UNVISITED", "CRITICAL_SETTING");

	final List<PlantedCase> cases = new DemoGenerator(Scale.LA, DemoFiles.SEED, DemoFiles.AS_OF, null).plantedCases();

	@Test
	void everyFactorBandAndFlagOfTheRiskModelIsPlantedAtLeastOnce() {
		assertThat(codes(Kind.FACTOR)).containsAll(FACTORS);
		assertThat(codes(Kind.BAND)).containsExactlyInAnyOrder("Critical", "High", "Medium", "Low");
		assertThat(codes(Kind.FLAG)).containsAll(FLAGS);
	}

	@Test
	void plantedSettingsAreInTheListAndPlantedChildrenInTheHeader() {
		Set<String> urns = DemoFiles.providers().stream().map((r) -> r[1]).collect(Collectors.toSet());
		Set<String> children = DemoFiles.records("ssda903-header.csv").stream().map((r) -> r.get("CHILD"))
			.collect(Collectors.toSet());
		for (PlantedCase c : this.cases) {
			if (!c.urn().isEmpty()) {
				assertThat(urns).as(c.toString()).contains(c.urn());
			}
			if (c.kind() == Kind.FLAG) {
				assertThat(children).as(c.toString()).contains(c.child());
			}
		}
	}

	@Test
	void theHomeWithALateReg44ReportHasNoneForTheLastCompleteMonth() {
		String urn = urnOf("R44-MISSING", 0);
		LocalDate lastMonth = DemoFiles.AS_OF.withDayOfMonth(1).minusMonths(1);
		List<LocalDate> visits = DemoFiles.records("reg44.csv").stream().filter((r) -> r.get("urn").equals(urn))
			.map((r) -> DemoFiles.date(r.get("visit_date"))).toList();
		assertThat(visits).isNotEmpty().noneMatch((d) -> !d.isBefore(lastMonth));
		assertThat(visits).anyMatch((d) -> d.withDayOfMonth(1).equals(lastMonth.minusMonths(1)));
	}

	@Test
	void theRepeatMissingChildWentMissingThreeTimesInThirtyDays() {
		String child = childOf("REPEAT_MISSING");
		long recent = DemoFiles.records("ssda903-missing.csv").stream().filter((m) -> m.get("CHILD").equals(child))
			.filter((m) -> DemoFiles.date(m.get("MIS_START")).isAfter(DemoFiles.AS_OF.minusDays(30)))
			.count();
		assertThat(recent).isEqualTo(3);
	}

	@Test
	void theUnder16IsInSemiIndependentLivingAndUnder16() {
		String child = childOf("UNDER16_UNREGULATED");
		Map<String, String> header = DemoFiles.records("ssda903-header.csv").stream()
			.filter((h) -> h.get("CHILD").equals(child)).findFirst().orElseThrow();
		assertThat(Dates.age(DemoFiles.date(header.get("DOB")), DemoFiles.AS_OF)).isLessThan(16);
		Map<String, String> current = currentEpisode(child);
		assertThat(current.get("PLACE")).isEqualTo("H5");
		assertThat(DemoFiles.date(current.get("DECOM"))).isAfter(LocalDate.of(2021, 9, 9));
	}

	@Test
	void theDistantChildIsMoreThanTwentyMilesFromHome() {
		Map<String, String> current = currentEpisode(childOf("DISTANT_UNVISITED"));
		Map<String, double[]> coordinates = DemoFiles.records("postcodes.csv").stream()
			.collect(Collectors.toMap((p) -> p.get("postcode"), (p) -> new double[] {
					Double.parseDouble(p.get("latitude")), Double.parseDouble(p.get("longitude")) }));
		assertThat(Geography.miles(coordinates.get(current.get("HOME_POST")), coordinates.get(current.get("PL_POST"))))
			.isGreaterThan(100);
	}

	@Test
	void theUnstableChildHadThreePlacementsInTwelveMonths() {
		String child = childOf("INSTABILITY");
		LocalDate windowStart = DemoFiles.AS_OF.minusYears(1);
		long placements = DemoFiles.records("ssda903-episodes.csv").stream().filter((e) -> e.get("CHILD").equals(child))
			.filter((e) -> !e.get("RNE").equals("L"))
			.filter((e) -> e.get("DEC").isEmpty() || DemoFiles.date(e.get("DEC")).isAfter(windowStart))
			.count();
		assertThat(placements).isEqualTo(3);
	}

	private Set<String> codes(Kind kind) {
		return this.cases.stream().filter((c) -> c.kind() == kind).map(PlantedCase::code)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private String urnOf(String factor, int nth) {
		return this.cases.stream().filter((c) -> c.code().equals(factor)).toList().get(nth).urn();
	}

	private String childOf(String flag) {
		return this.cases.stream().filter((c) -> c.code().equals(flag)).findFirst().orElseThrow().child();
	}

	private static Map<String, String> currentEpisode(String child) {
		return DemoFiles.records("ssda903-episodes.csv").stream().filter((e) -> e.get("CHILD").equals(child))
			.filter((e) -> e.get("DEC").isEmpty()).findFirst().orElseThrow();
	}

}
