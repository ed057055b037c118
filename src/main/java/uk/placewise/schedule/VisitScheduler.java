package uk.placewise.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Turns each setting's visit frequency into a due date (risk-model.md section 3), then, when the QA
 * team's monthly capacity is set and short, keeps the dates of Critical and High settings and moves
 * Medium and Low visits to a later month with room, never past the annual floor: one visit a year to
 * every placement (Cheshire East 24.3). A visit that cannot fit even so keeps its date and is marked
 * over capacity rather than hidden.
 */
public final class VisitScheduler {

	/** Bands at this rank or better (Critical 0, High 1) never move. */
	private static final int LAST_FIXED_RANK = 1;

	private final WorkingDays workingDays;

	private final OptionalInt monthlyCapacity;

	public VisitScheduler(WorkingDays workingDays, OptionalInt monthlyCapacity) {
		this.workingDays = workingDays;
		this.monthlyCapacity = monthlyCapacity;
	}

	public List<ScheduledVisit> schedule(List<VisitNeed> needs, LocalDate asOf) {
		List<VisitNeed> byPriority = new ArrayList<>(needs);
		byPriority.sort(Comparator.comparingInt(VisitNeed::bandRank)
			.thenComparing(Comparator.comparingInt(VisitNeed::score).reversed())
			.thenComparing(VisitNeed::urn));
		Map<YearMonth, Integer> booked = new HashMap<>();
		List<ScheduledVisit> visits = new ArrayList<>();
		for (VisitNeed need : byPriority) {
			visits.add(place(need, asOf, booked));
		}
		return visits;
	}

	private ScheduledVisit place(VisitNeed need, LocalDate asOf, Map<YearMonth, Integer> booked) {
		LocalDate due;
		String rule;
		if (need.lastVisit() != null) {
			due = need.lastVisit().plusMonths(need.everyMonths());
			rule = "last visit " + need.lastVisit() + " + " + months(need.everyMonths());
		}
		else {
			LocalDate from = need.firstPlaced() != null ? need.firstPlaced() : asOf;
			String since = need.firstPlaced() != null ? "never visited; placed since " + from : "never visited; placement considered, as of " + from;
			if (need.firstVisitWorkingDays() > 0) {
				due = workingDays.plusWorkingDays(from, need.firstVisitWorkingDays());
				rule = since + " + " + need.firstVisitWorkingDays() + " working days";
			}
			else {
				due = from.plusMonths(need.firstVisitMonths());
				rule = since + " + " + months(need.firstVisitMonths());
			}
		}
		if (monthlyCapacity.isEmpty()) {
			return new ScheduledVisit(need.urn(), need.lastVisit(), due, due, due.isBefore(asOf), false, rule);
		}
		int capacity = monthlyCapacity.getAsInt();
		YearMonth month = YearMonth.from(due.isBefore(asOf) ? asOf : due);
		if (need.bandRank() > LAST_FIXED_RANK && booked.getOrDefault(month, 0) >= capacity) {
			LocalDate floor = annualFloor(need, asOf);
			YearMonth last = YearMonth.from(floor);
			YearMonth next = month.plusMonths(1);
			while (!next.isAfter(last) && booked.getOrDefault(next, 0) >= capacity) {
				next = next.plusMonths(1);
			}
			if (!next.isAfter(last)) {
				LocalDate moved = workingDays.onOrAfter(next.atDay(1));
				if (moved.isAfter(floor)) {
					moved = floor;
				}
				book(booked, next);
				return new ScheduledVisit(need.urn(), need.lastVisit(), moved, due, moved.isBefore(asOf), false,
						rule + "; moved from " + due + " for QA capacity (" + capacity + " a month)");
			}
		}
		int taken = book(booked, month);
		boolean over = taken > capacity;
		return new ScheduledVisit(need.urn(), need.lastVisit(), due, due, due.isBefore(asOf), over,
				over ? rule + "; over capacity: " + taken + " visits in " + month + " for " + capacity : rule);
	}

	/** One visit a year: a year after the last visit (or the first placement), and never before today. */
	private static LocalDate annualFloor(VisitNeed need, LocalDate asOf) {
		LocalDate from = need.lastVisit() != null ? need.lastVisit()
				: need.firstPlaced() != null ? need.firstPlaced() : asOf;
		LocalDate floor = from.plusYears(1);
		return floor.isBefore(asOf) ? asOf : floor;
	}

	private static int book(Map<YearMonth, Integer> booked, YearMonth month) {
		return booked.merge(month, 1, Integer::sum);
	}

	private static String months(int n) {
		return n == 1 ? "1 month" : n + " months";
	}
}
