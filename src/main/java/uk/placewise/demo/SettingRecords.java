package uk.placewise.demo;

import java.time.LocalDate;

/** Rows about settings, one record per feed row (the council's own feeds and Ofsted events). */
final class SettingRecords {

	private SettingRecords() {
	}

	/**
	 * An inspection event; the sub-judgements are only shown on the provider list (for the latest full one).
	 */
	record Inspection(LocalDate date, String type, String judgement, LocalDate published, String eventNumber,
			String helped, String leaders, String education, String health) {

		static final String FULL = "Full inspection";

		static final String INTERIM = "Interim inspection";

		static final String MONITORING = "Monitoring visit";

		boolean full() {
			return FULL.equals(this.type);
		}

	}

	record Enforcement(String action, LocalDate start, LocalDate end) {
	}

	record Reg44(LocalDate visit, LocalDate received, String safeguarded, String wellbeing, int recommendations,
			String visitor) {
	}

	record Reg45(LocalDate review, LocalDate periodStart, LocalDate periodEnd) {
	}

	record QaVisit(LocalDate date, String type, String outcome, String officer) {
	}

	record Concern(LocalDate raised, String category, String status, LocalDate closed) {
	}

	record Viability(LocalDate date, String rating) {
	}

}
