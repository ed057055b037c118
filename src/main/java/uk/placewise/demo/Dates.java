package uk.placewise.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as DfE and Ofsted write them (dd/mm/yyyy), and the few calendar facts the generator needs. */
final class Dates {

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Dates() {
	}

	static String dmy(LocalDate date) {
		return (date != null) ? DMY.format(date) : "";
	}

	/** The Ofsted provider list is published "as at 31 March": the latest such date on or before as-of. */
	static LocalDate listSnapshot(LocalDate asOf) {
		LocalDate march = LocalDate.of(asOf.getYear(), 3, 31);
		return march.isAfter(asOf) ? march.minusYears(1) : march;
	}

	/** 31 March of the collection year: how risk-model.md dates an OC2 (SDQ) row by its YEAR column. */
	static LocalDate sdqDate(int year) {
		return LocalDate.of(year, 3, 31);
	}

	static LocalDate earliest(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/** Age in whole years on a date. */
	static int age(LocalDate dob, LocalDate on) {
		return java.time.Period.between(dob, on).getYears();
	}

}
