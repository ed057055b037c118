package uk.placewise.report.pdf;

/**
 * One headline tile on the dashboard, ready to draw.
 * @param id measure id, e.g. {@code K1}
 * @param label what is measured
 * @param value the formatted value, or null when the month has no data (the tile then says so)
 * @param target the target as text, e.g. "Target 100%"
 * @param rag the status colour; NONE when there is no target or no data
 * @param detail an optional second line (e.g. "14 episodes, 6 children"), or null
 */
public record Tile(String id, String label, String value, String target, Rag rag, String detail) {

	public Tile {
		rag = (value == null || rag == null) ? Rag.NONE : rag;
		target = (target == null) ? "" : target;
	}

	/**
	 * Builds a tile from a configured measure and a raw value.
	 * @param measure the measure's configuration (label, unit, thresholds)
	 * @param value this month's value, or null for no data
	 * @param previous last month's value, used only by measures that should be falling
	 * @param detail an optional second line, or null
	 */
	public static Tile of(MeasureTarget measure, Double value, Double previous, String detail) {
		String formatted = (value == null) ? null : measure.unit().format(value);
		return new Tile(measure.id(), measure.label(), formatted, measure.targetText(),
				Rag.evaluate(measure, value, previous), detail);
	}

}
