package uk.placewise.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rows about one child: the SSDA903 tables and the council's return-interview and cost rows. */
final class ChildRecords {

	private ChildRecords() {
	}

	record Header(String child, String sex, LocalDate dob, String ethnic, String upn, String mother, LocalDate mcDob) {
	}

	record Episode(LocalDate decom, String rne, String ls, String cin, String place, String provider, LocalDate dec,
			String rec, String reasonPlaceChange, String homePost, String plPost, String urn) {
	}

	record Missing(String type, LocalDate start, LocalDate end) {
	}

	/** One OC2 row; score null when no SDQ was returned (then reason says why). */
	record Oc2(int year, Integer score, String reason, String[] health) {
	}

	record ReturnInterview(LocalDate misStart, LocalDate offered, LocalDate completed) {
	}

	record Cost(String urn, LocalDate start, LocalDate end, int weekly, String type) {
	}

	/** Everything about one child, written to six files. */
	static final class ChildStory {

		final Header header;

		final List<Episode> episodes = new ArrayList<>();

		final List<Missing> missing = new ArrayList<>();

		final List<Oc2> oc2 = new ArrayList<>();

		final List<ReturnInterview> returnInterviews = new ArrayList<>();

		final List<Cost> costs = new ArrayList<>();

		ChildStory(Header header) {
			this.header = header;
		}

		String id() {
			return this.header.child();
		}

	}

}
