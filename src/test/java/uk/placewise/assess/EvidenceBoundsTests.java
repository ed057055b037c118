package uk.placewise.assess;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A rule's evidence is at most what a result keeps: longer fails where the rule wrote it, by name. */
class EvidenceBoundsTests {

	@Test
	void aReasonWithEvidenceLongerThanAResultKeepsIsRefusedNamingTheRule() {
		assertThatThrownBy(() -> new Reason("SC1", "ZZ-LONG", 0, "x".repeat(Reason.MAX_FACT + 1), null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("reason ZZ-LONG: the evidence is 4001 characters long (at most 4000)");
	}

	@Test
	void aFlagWithEvidenceLongerThanAResultKeepsIsRefusedNamingTheFlag() {
		assertThatThrownBy(() -> new Flag("C1", "SC1", "ZZ_FLAG", "urgent", "x".repeat(5000), null, null))
			.hasMessageStartingWith("flag ZZ_FLAG: the evidence is 5000 characters long");
	}

	@Test
	void evidenceOfTheLongestAResultKeepsIsTaken() {
		assertThatCode(() -> new Reason("SC1", "ZZ-LONG", 0, "x".repeat(Reason.MAX_FACT), null, null))
			.doesNotThrowAnyException();
	}
}
