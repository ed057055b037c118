package uk.placewise.report.pdf;

import java.awt.Color;

/**
 * Colours, after the GOV.UK Design System palette: calm, high-contrast, and every RAG colour always
 * paired with its word so that it never carries meaning by colour alone.
 */
final class Palette {

	static final Color TEXT = new Color(0x0b0c0c);

	static final Color SECONDARY = new Color(0x505a5f);

	static final Color BORDER = new Color(0xb1b4b6);

	static final Color LIGHT = new Color(0xf3f2f1);

	static final Color BLUE = new Color(0x1d70b8);

	static final Color WHITE = Color.WHITE;

	static final Color RED = new Color(0xd4351c);

	static final Color AMBER = new Color(0xf47738);

	static final Color GREEN = new Color(0x00703c);

	static final Color GREY = new Color(0x6f777b);

	/** Row highlight for overdue or urgent rows (GOV.UK red tag background). */
	static final Color RED_TINT = new Color(0xf6d7d2);

	/** Row highlight for attention (GOV.UK orange tag background). */
	static final Color AMBER_TINT = new Color(0xfcd6c3);

	private Palette() {
	}

	static Color rag(Rag rag) {
		return switch (rag) {
			case RED -> RED;
			case AMBER -> AMBER;
			case GREEN -> GREEN;
			case NONE -> GREY;
		};
	}

	/** Text colour readable on {@link #rag(Rag)}: white except on amber, where black has the contrast. */
	static Color onRag(Rag rag) {
		return (rag == Rag.AMBER) ? TEXT : WHITE;
	}

	static Color band(Band band) {
		if (band == null) {
			return SECONDARY;
		}
		return switch (band) {
			case CRITICAL -> new Color(0x942514);
			case HIGH -> new Color(0x6e3619);
			case MEDIUM, LOW -> TEXT;
		};
	}

}
