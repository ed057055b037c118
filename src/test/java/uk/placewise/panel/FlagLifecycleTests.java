package uk.placewise.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.placewise.assess.Flag;
import uk.placewise.assess.Severity;
import uk.placewise.facts.Source;
import uk.placewise.results.FlagResult;
import uk.placewise.results.FlagStatus;

class FlagLifecycleTests {

	static final LocalDate LAST_MONTH = LocalDate.of(2026, 10, 31);

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

	static Flag repeatMissing(String child) {
		return new Flag(child, "SC100001", "REPEAT_MISSING", "review", "3 missing episodes since 2026-11-02",
				LocalDate.of(2026, 11, 20), new Source("missing.csv", 7));
	}

	static FlagResult openSince(LocalDate firstRaised, String child) {
		return new FlagResult(child, "SC100001", "REPEAT_MISSING", Severity.REVIEW, firstRaised, FlagStatus.NEW, "old", LAST_MONTH,
				Source.NONE);
	}

	@Test
	void aFlagRaisedForTheFirstTimeIsNewAndFirstRaisedTonight() {
		List<FlagResult> flags = FlagLifecycle.apply(List.of(), List.of(repeatMissing("C1")), AS_OF);
		assertThat(flags).singleElement().satisfies(f -> {
			assertThat(f.status()).isEqualTo(FlagStatus.NEW);
			assertThat(f.firstRaised()).isEqualTo(AS_OF);
		});
	}

	@Test
	void aFlagRaisedAgainIsContinuingAndKeepsTheDateItWasFirstRaised() {
		List<FlagResult> flags = FlagLifecycle.apply(List.of(openSince(LAST_MONTH, "C1")), List.of(repeatMissing("C1")),
				AS_OF);
		assertThat(flags).singleElement().satisfies(f -> {
			assertThat(f.status()).isEqualTo(FlagStatus.CONTINUING);
			assertThat(f.firstRaised()).isEqualTo(LAST_MONTH);
			assertThat(f.fact()).isEqualTo("3 missing episodes since 2026-11-02");
		});
	}

	@Test
	void anOpenFlagNoLongerRaisedIsResolvedNotDropped() {
		List<FlagResult> flags = FlagLifecycle.apply(List.of(openSince(LAST_MONTH, "C1")), List.of(), AS_OF);
		assertThat(flags).singleElement().satisfies(f -> {
			assertThat(f.status()).isEqualTo(FlagStatus.RESOLVED);
			assertThat(f.firstRaised()).isEqualTo(LAST_MONTH);
		});
	}
}
