package uk.placewise.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.placewise.facts.Grade;

/** Ofsted's wording of judgements and event types, as published since 2015. */
class OfstedWordingTests {

	@Test
	void readsTheFourGradesInAnyCapitalisation() {
		assertThat(OfstedWording.grade("Outstanding")).isEqualTo(Grade.OUTSTANDING);
		assertThat(OfstedWording.grade(" good ")).isEqualTo(Grade.GOOD);
		assertThat(OfstedWording.grade("Requires Improvement to be good")).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
		assertThat(OfstedWording.grade("Requires Improvement")).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
		assertThat(OfstedWording.grade("INADEQUATE")).isEqualTo(Grade.INADEQUATE);
	}

	@Test
	void ranksTheGradesOfFrameworksBefore2015WithRequiresImprovement() {
		assertThat(OfstedWording.grade("Adequate")).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
		assertThat(OfstedWording.grade("Satisfactory")).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
	}

	@Test
	void readsNoGradeFromAnInterimOutcomeOrABlank() {
		assertThat(OfstedWording.grade("Declined in effectiveness")).isNull();
		assertThat(OfstedWording.grade("")).isNull();
		assertThat(OfstedWording.grade(null)).isNull();
	}

	@Test
	void takesFullInspectionsInAnyWordingAndABlankAsFull() {
		assertThat(OfstedWording.fullInspection("Full inspection")).isTrue();
		assertThat(OfstedWording.fullInspection("Full Inspection")).isTrue();
		assertThat(OfstedWording.fullInspection("Full")).isTrue();
		assertThat(OfstedWording.fullInspection("")).isTrue();
		assertThat(OfstedWording.fullInspection(null)).isTrue();
	}

	@Test
	void takesInterimMonitoringAndAssuranceEventsAsNotFull() {
		assertThat(OfstedWording.fullInspection("Interim inspection")).isFalse();
		assertThat(OfstedWording.fullInspection("Monitoring Inspection")).isFalse();
		assertThat(OfstedWording.fullInspection("Monitoring visit")).isFalse();
		assertThat(OfstedWording.fullInspection("Assurance visit")).isFalse();
	}
}
