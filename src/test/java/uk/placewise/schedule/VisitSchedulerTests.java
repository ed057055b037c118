package uk.placewise.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VisitSchedulerTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	static final WorkingDays ENGLAND_AND_WALES = WorkingDays.load(Path.of("jobs/bank-holidays-england-and-wales.csv"));

	static VisitNeed visited(String urn, int bandRank, int everyMonths, LocalDate last) {
		return new VisitNeed(urn, bandRank, 30 - bandRank, everyMonths, 0, 3, last, LocalDate.of(2025, 1, 1));
	}

	static VisitNeed criticalNeverVisited(String urn, LocalDate placed) {
		return new VisitNeed(urn, 0, 70, 1, 10, 0, null, placed);
	}

	static ScheduledVisit only(List<ScheduledVisit> visits, String urn) {
		return visits.stream().filter(v -> v.urn().equals(urn)).findFirst().orElseThrow();
	}

	@Nested
	class WithoutACapacityLimit {

		VisitScheduler scheduler = new VisitScheduler(ENGLAND_AND_WALES, OptionalInt.empty());

		@Test
		void nextVisitIsDueTheBandsFrequencyAfterTheLastVisit() {
			ScheduledVisit v = scheduler.schedule(List.of(visited("SC1", 2, 6, LocalDate.of(2026, 8, 10))), AS_OF).get(0);
			assertThat(v.due()).isEqualTo(LocalDate.of(2027, 2, 10));
			assertThat(v.overdue()).isFalse();
			assertThat(v.rule()).isEqualTo("last visit 2026-08-10 + 6 months");
		}

		@Test
		void aDueDateBeforeTheAsOfDateIsOverdue() {
			ScheduledVisit v = scheduler.schedule(List.of(visited("SC1", 1, 3, LocalDate.of(2026, 8, 19))), AS_OF).get(0);
			assertThat(v.due()).isEqualTo(LocalDate.of(2026, 11, 19));
			assertThat(v.overdue()).isTrue();
		}

		@Test
		void aVisitDueOnTheAsOfDateIsNotYetOverdue() {
			ScheduledVisit v = scheduler.schedule(List.of(visited("SC1", 1, 3, LocalDate.of(2026, 8, 20))), AS_OF).get(0);
			assertThat(v.overdue()).isFalse();
		}

		@Test
		void aCriticalSettingNeverVisitedIsDueWithinTenWorkingDaysSkippingBankHolidays() {
			// placed Friday 18 Dec 2026: 21, 22, 23, 24, (25 and 28 are bank holidays), 29, 30, 31 Dec, 1 Jan is a
			// bank holiday, then 4, 5, 6 Jan 2027 = the tenth working day
			ScheduledVisit v = scheduler
				.schedule(List.of(criticalNeverVisited("SC1", LocalDate.of(2026, 12, 18))), AS_OF)
				.get(0);
			assertThat(v.due()).isEqualTo(LocalDate.of(2027, 1, 6));
		}

		@Test
		void aLowSettingNeverVisitedIsDueThreeMonthsAfterTheFirstPlacement() {
			VisitNeed need = new VisitNeed("SC1", 3, 5, 12, 0, 3, null, LocalDate.of(2026, 10, 1));
			assertThat(scheduler.schedule(List.of(need), AS_OF).get(0).due()).isEqualTo(LocalDate.of(2027, 1, 1));
		}
	}

	@Nested
	class WhenCapacityIsShort {

		VisitScheduler oneAMonth = new VisitScheduler(ENGLAND_AND_WALES, OptionalInt.of(1));

		@Test
		void higherBandsKeepTheirDatesAndLowerBandsMoveToTheNextMonthWithRoom() {
			// both due in January 2027; one visit a month: the High keeps its date, the Medium moves to February
			VisitNeed high = visited("HIGH", 1, 3, LocalDate.of(2026, 10, 12));
			VisitNeed medium = visited("MEDIUM", 2, 6, LocalDate.of(2026, 7, 5));
			List<ScheduledVisit> visits = oneAMonth.schedule(List.of(medium, high), AS_OF);
			assertThat(only(visits, "HIGH").due()).isEqualTo(LocalDate.of(2027, 1, 12));
			assertThat(only(visits, "MEDIUM").frequencyDue()).isEqualTo(LocalDate.of(2027, 1, 5));
			assertThat(only(visits, "MEDIUM").due()).isEqualTo(LocalDate.of(2027, 2, 1));
			assertThat(only(visits, "MEDIUM").overCapacity()).isFalse();
		}

		@Test
		void theAnnualFloorStopsALowVisitMovingAndItIsMarkedOverCapacity() {
			// a Low setting is due 12 months after its last visit, which is also its annual floor: it cannot move
			VisitNeed high = visited("HIGH", 1, 3, LocalDate.of(2026, 10, 12));
			VisitNeed low = visited("LOW", 3, 12, LocalDate.of(2026, 1, 14));
			List<ScheduledVisit> visits = oneAMonth.schedule(List.of(low, high), AS_OF);
			assertThat(only(visits, "LOW").due()).isEqualTo(LocalDate.of(2027, 1, 14));
			assertThat(only(visits, "LOW").overCapacity()).isTrue();
			assertThat(only(visits, "LOW").rule()).contains("over capacity: 2 visits in 2027-01 for 1");
		}

		@Test
		void criticalVisitsBeyondCapacityKeepTheirDatesAndAreMarkedOverCapacity() {
			List<ScheduledVisit> visits = oneAMonth.schedule(List.of(criticalNeverVisited("A", LocalDate.of(2026, 11, 2)),
					criticalNeverVisited("B", LocalDate.of(2026, 11, 3))), AS_OF);
			assertThat(visits).extracting(ScheduledVisit::moved).containsOnly(false);
			assertThat(visits).filteredOn(ScheduledVisit::overCapacity).hasSize(1);
		}
	}
}
