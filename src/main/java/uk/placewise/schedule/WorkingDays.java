package uk.placewise.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days: Monday to Friday, less the bank holidays in the operator's list (by default
 * {@code jobs/bank-holidays-england-and-wales.csv}, from GOV.UK's published bank holidays).
 */
public final class WorkingDays {

	private final Set<LocalDate> holidays;

	public WorkingDays(Set<LocalDate> holidays) {
		this.holidays = Set.copyOf(holidays);
	}

	/** Reads a CSV whose first column is an ISO date; a header row and blank lines are skipped. */
	public static WorkingDays load(Path csv) {
		Set<LocalDate> dates = new TreeSet<>();
		try {
			int n = 0;
			for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
				n++;
				String cell = line.split(",", 2)[0].trim();
				if (cell.isEmpty() || (n == 1 && !Character.isDigit(cell.charAt(0)))) {
					continue;
				}
				try {
					dates.add(LocalDate.parse(cell));
				}
				catch (DateTimeParseException ex) {
					throw new IllegalArgumentException(csv + ":" + n + ": '" + cell + "' is not a date (yyyy-mm-dd)");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the bank holiday list " + csv, ex);
		}
		return new WorkingDays(dates);
	}

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
	}

	/** The date {@code days} working days after {@code start} (start itself not counted). */
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		LocalDate date = start;
		int left = days;
		while (left > 0) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				left--;
			}
		}
		return date;
	}

	/** The first working day on or after {@code date}. */
	public LocalDate onOrAfter(LocalDate date) {
		LocalDate d = date;
		while (!isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}
}
