package uk.placewise.impact;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import uk.placewise.results.SettingResult;

/**
 * QA visits a month under one ruleset: each setting's next due date, then one every visit-every months
 * after it, counted in the month each falls in; an overdue visit counts in the as-of month, where the
 * team has to make it.
 */
record MonthLoad(YearMonth month, int visits) {

	/** The months shown: the as-of month and the five after it. */
	static final int MONTHS = 6;

	static List<MonthLoad> of(List<SettingResult> settings, LocalDate asOf) {
		YearMonth first = YearMonth.from(asOf);
		int[] counts = new int[MONTHS];
		for (SettingResult s : settings) {
			if (s.nextDue() == null) {
				continue;
			}
			LocalDate due = s.nextDue();
			int every = Math.max(1, s.visitEveryMonths());
			for (int guard = 0; guard < MONTHS * 12; guard++) {
				YearMonth month = due.isBefore(asOf) ? first : YearMonth.from(due);
				int index = (int) first.until(month, java.time.temporal.ChronoUnit.MONTHS);
				if (index >= MONTHS) {
					break;
				}
				counts[index]++;
				due = (due.isBefore(asOf) ? asOf : due).plusMonths(every);
			}
		}
		List<MonthLoad> months = new ArrayList<>();
		for (int i = 0; i < MONTHS; i++) {
			months.add(new MonthLoad(first.plusMonths(i), counts[i]));
		}
		return months;
	}

	/** Visits a month the frequencies ask for in a steady year: one every visit-every months per setting. */
	static double average(List<SettingResult> settings) {
		return settings.stream().mapToDouble(s -> 1.0 / Math.max(1, s.visitEveryMonths())).sum();
	}
}
