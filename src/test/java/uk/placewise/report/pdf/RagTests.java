package uk.placewise.report.pdf;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RagTests {

	static final MeasureTarget QA_VISITS = new MeasureTarget("K5", "QA visit in 12 months", MeasureUnit.PERCENT,
			MeasureTarget.Direction.AT_LEAST, 100d, 100d, 90d);

	static final MeasureTarget DISTANCE = new MeasureTarget("K3", "Over 20 miles", MeasureUnit.PERCENT,
			MeasureTarget.Direction.AT_MOST, 10d, 10d, 17d);

	static final MeasureTarget INADEQUATE = new MeasureTarget("K2", "At inadequate settings", MeasureUnit.COUNT,
			MeasureTarget.Direction.AT_MOST, 0d, 0d, null);

	static final MeasureTarget MISSING = new MeasureTarget("K6", "Missing episodes", MeasureUnit.COUNT,
			MeasureTarget.Direction.FALLING, null, null, null);

	@Test
	void higherIsBetterMeasuresAreGreenAtTheThresholdAndAmberDownToTheAmberLimit() {
		assertThat(Rag.evaluate(QA_VISITS, 100d, null)).isEqualTo(Rag.GREEN);
		assertThat(Rag.evaluate(QA_VISITS, 99.9, null)).isEqualTo(Rag.AMBER);
		assertThat(Rag.evaluate(QA_VISITS, 90d, null)).isEqualTo(Rag.AMBER);
		assertThat(Rag.evaluate(QA_VISITS, 89.9, null)).isEqualTo(Rag.RED);
	}

	@Test
	void lowerIsBetterMeasuresAreGreenUpToTheThreshold() {
		assertThat(Rag.evaluate(DISTANCE, 10d, null)).isEqualTo(Rag.GREEN);
		assertThat(Rag.evaluate(DISTANCE, 17d, null)).isEqualTo(Rag.AMBER);
		assertThat(Rag.evaluate(DISTANCE, 17.1, null)).isEqualTo(Rag.RED);
	}

	@Test
	void withoutAnAmberLimitAnythingNotGreenIsRed() {
		assertThat(Rag.evaluate(INADEQUATE, 0d, null)).isEqualTo(Rag.GREEN);
		assertThat(Rag.evaluate(INADEQUATE, 1d, null)).isEqualTo(Rag.RED);
	}

	@Test
	void fallingMeasuresCompareWithLastMonth() {
		assertThat(Rag.evaluate(MISSING, 14d, 19d)).isEqualTo(Rag.GREEN);
		assertThat(Rag.evaluate(MISSING, 14d, 14d)).isEqualTo(Rag.AMBER);
		assertThat(Rag.evaluate(MISSING, 20d, 14d)).isEqualTo(Rag.RED);
	}

	@Nested
	class NeverRated {

		@Test
		void whenThereIsNoValue() {
			assertThat(Rag.evaluate(QA_VISITS, null, null)).isEqualTo(Rag.NONE);
			assertThat(Tile.of(QA_VISITS, null, null, null).rag()).isEqualTo(Rag.NONE);
			assertThat(Tile.of(QA_VISITS, null, null, null).value()).isNull();
		}

		@Test
		void whenAFallingMeasureHasNoPreviousMonth() {
			assertThat(Rag.evaluate(MISSING, 14d, null)).isEqualTo(Rag.NONE);
		}

		@Test
		void whenTheMeasureIsReportedWithoutATarget() {
			MeasureTarget critical = new MeasureTarget("K9", "Critical settings", MeasureUnit.COUNT,
					MeasureTarget.Direction.NONE, null, null, null);
			assertThat(Rag.evaluate(critical, 3d, null)).isEqualTo(Rag.NONE);
			assertThat(critical.targetText()).isEqualTo("No target set");
		}

	}

	@Test
	void tilesFormatTheValueAndTheTargetForAReader() {
		Tile tile = Tile.of(DISTANCE, 14.25, null, "17 of 120 children");
		assertThat(tile.value()).isEqualTo("14.3%");
		assertThat(tile.target()).isEqualTo("Target 10% or less");
		assertThat(tile.rag()).isEqualTo(Rag.AMBER);
		assertThat(Tile.of(QA_VISITS, 100d, null, null).target()).isEqualTo("Target 100%");
		assertThat(MeasureUnit.GBP.format(2800)).isEqualTo("£2,800");
	}

}
