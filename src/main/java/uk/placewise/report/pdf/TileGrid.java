package uk.placewise.report.pdf;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The headline tiles: measure, value, target and a RAG bar with its word. A tile without a value
 * says "No data for &lt;month&gt;" in grey; it never shows 0 and never a RAG colour.
 */
final class TileGrid {

	static final float HEIGHT = 110;

	private static final float GAP = 8;

	private static final float BAR = 5;

	private final int columns;

	TileGrid(int columns) {
		this.columns = columns;
	}

	/** @param mark said on every tile beside its value ("month to date"), or null */
	void draw(PageCursor cursor, List<Tile> tiles, YearMonth month, String mark) {
		float width = (cursor.width() - GAP * (this.columns - 1)) / this.columns;
		for (int start = 0; start < tiles.size(); start += this.columns) {
			cursor.ensure(HEIGHT + GAP);
			List<Tile> row = tiles.subList(start, Math.min(tiles.size(), start + this.columns));
			for (int i = 0; i < row.size(); i++) {
				drawTile(cursor, row.get(i), month, mark, cursor.left() + i * (width + GAP), cursor.y(), width);
			}
			cursor.down(HEIGHT + GAP);
		}
	}

	private void drawTile(PageCursor cursor, Tile tile, YearMonth month, String mark, float x, float top,
			float width) {
		Fonts fonts = cursor.fonts;
		cursor.fill(x, top - HEIGHT, width, HEIGHT, Palette.LIGHT);
		cursor.fill(x, top - HEIGHT, BAR, HEIGHT, Palette.rag(tile.rag()));
		float inner = x + BAR + 7;
		float innerWidth = width - BAR - 13;
		cursor.text(tile.id(), fonts.bold, 7.5f, Palette.SECONDARY, inner, top - 12);
		if (tile.rag() != Rag.NONE) {
			badge(cursor, tile.rag(), x + width - 6, top - 5);
		}
		List<String> label = first(fonts, fonts.bold, 8.5f, tile.label(), innerWidth, 3);
		cursor.lines(label, fonts.bold, 8.5f, Palette.TEXT, inner, top - 17, 10);
		if (tile.value() == null) {
			List<String> none = first(fonts, fonts.bold, 9.5f, Dates.noData(month), innerWidth, 2);
			cursor.lines(none, fonts.bold, 9.5f, Palette.SECONDARY, inner, top - 52, 11.5f);
		}
		else {
			// a month in progress says so beside every value, so no number is read as a whole month's
			float markWidth = (mark == null) ? 0 : fonts.width(fonts.bold, 7.5f, mark) + 5;
			float size = fitSize(fonts, tile.value(), innerWidth - markWidth);
			cursor.text(tile.value(), fonts.bold, size, Palette.TEXT, inner, top - 72);
			if (mark != null) {
				float at = inner + fonts.width(fonts.bold, size, fonts.printable(tile.value())) + 5;
				cursor.text(mark, fonts.bold, 7.5f, Palette.SECONDARY, at, top - 72);
			}
		}
		// a target with a national figure beside it may take a second line, and the detail one line less
		List<String> target = first(fonts, fonts.regular, 7.5f, tile.target(), innerWidth, 2);
		cursor.lines(target, fonts.regular, 7.5f, Palette.TEXT, inner, top - 77, 9);
		if (tile.detail() != null) {
			List<String> detail = first(fonts, fonts.regular, 7, tile.detail(), innerWidth, 3 - target.size());
			cursor.lines(detail, fonts.regular, 7, Palette.SECONDARY, inner, top - 79 - 9 * target.size(), 8.5f);
		}
	}

	/** A small filled label with the RAG word, right-aligned at {@code right}. */
	private static void badge(PageCursor cursor, Rag rag, float right, float top) {
		float size = 7;
		float textWidth = cursor.fonts.width(cursor.fonts.bold, size, rag.label().toUpperCase());
		float width = textWidth + 8;
		cursor.fill(right - width, top - 11, width, 11, Palette.rag(rag));
		cursor.text(rag.label().toUpperCase(), cursor.fonts.bold, size, Palette.onRag(rag), right - width + 4,
				top - 8.5f);
	}

	/** The largest size up to 20pt at which the value fits on one line. */
	private static float fitSize(Fonts fonts, String value, float width) {
		float size = 20;
		while (size > 9 && fonts.width(fonts.bold, size, fonts.printable(value)) > width) {
			size -= 1;
		}
		return size;
	}

	/**
	 * At most {@code count} wrapped lines; when the text is longer the last kept line ends in "..."
	 * and still fits the width (tile text comes from configuration, so this is a last resort).
	 */
	private static List<String> first(Fonts fonts, PDFont font, float size, String text, float width, int count) {
		List<String> lines = TextWrap.lines(fonts, font, size, text, width);
		if (lines.size() <= count) {
			return lines;
		}
		List<String> kept = new ArrayList<>(lines.subList(0, count));
		String last = kept.get(count - 1);
		while (!last.isEmpty() && fonts.width(font, size, last + "...") > width) {
			last = last.substring(0, last.length() - 1);
		}
		kept.set(count - 1, last.stripTrailing() + "...");
		return kept;
	}

}
