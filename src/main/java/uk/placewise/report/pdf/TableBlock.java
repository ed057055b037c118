package uk.placewise.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A table that wraps every cell to its column and, when it runs off a page, continues on the next
 * one under a repeated header row (and an optional caption such as "Child C123 (continued)").
 */
final class TableBlock {

	private static final float SIZE = 8.5f;

	private static final float LEADING = SIZE * 1.3f;

	private static final float PAD = 4;

	private final List<Column> columns;

	private final String continuation;

	/** The share of the text width the table takes, from the left margin (1: all of it). */
	private final float share;

	TableBlock(List<Column> columns) {
		this(columns, null, 1f);
	}

	private TableBlock(List<Column> columns, String continuation, float share) {
		this.columns = List.copyOf(columns);
		this.continuation = continuation;
		this.share = share;
	}

	/** The same table, captioned with {@code caption} at the top of each continuation page. */
	TableBlock continuedAs(String caption) {
		return new TableBlock(this.columns, caption, this.share);
	}

	/** The same table in the left {@code share} of the width, leaving room beside it (a chart). */
	TableBlock narrowed(float share) {
		return new TableBlock(this.columns, this.continuation, share);
	}

	void draw(PageCursor cursor, List<Row> rows) {
		float[] widths = widths(cursor.width() * this.share);
		Laid header = lay(cursor, headerRow(), widths, cursor.fonts.bold);
		List<Laid> laid = new ArrayList<>();
		for (Row row : rows) {
			laid.add(lay(cursor, row, widths, null));
		}
		cursor.ensure(header.height + (laid.isEmpty() ? 0 : laid.get(0).height));
		drawRow(cursor, header, widths, true);
		for (Laid row : laid) {
			if (!cursor.fits(row.height)) {
				cursor.newPage();
				if (this.continuation != null) {
					cursor.paragraph(this.continuation, cursor.fonts.bold, 10, Palette.SECONDARY);
				}
				drawRow(cursor, header, widths, true);
			}
			drawRow(cursor, row, widths, false);
		}
		cursor.down(10);
	}

	private Row headerRow() {
		return new Row(this.columns.stream().map((column) -> Cell.bold(column.header(), Palette.TEXT)).toList(),
				Palette.LIGHT);
	}

	private float[] widths(float total) {
		float sum = (float) this.columns.stream().mapToDouble(Column::weight).sum();
		float[] widths = new float[this.columns.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = total * this.columns.get(i).weight() / sum;
		}
		return widths;
	}

	private Laid lay(PageCursor cursor, Row row, float[] widths, PDFont force) {
		List<List<String>> cells = new ArrayList<>();
		int maxLines = Math.max(1, (int) ((cursor.pageBody() - 80) / LEADING));
		int tallest = 1;
		for (int i = 0; i < widths.length; i++) {
			Cell cell = (i < row.cells().size()) ? row.cells().get(i) : Cell.of("");
			PDFont font = (force != null) ? force : font(cursor, cell);
			List<String> lines = TextWrap.lines(cursor.fonts, font, SIZE, cell.text(), widths[i] - 2 * PAD);
			if (lines.size() > maxLines) {
				lines = new ArrayList<>(lines.subList(0, maxLines - 1));
				lines.add("[continues: too long for one page]");
			}
			cells.add(lines);
			tallest = Math.max(tallest, lines.size());
		}
		return new Laid(row, cells, tallest * LEADING + 2 * PAD);
	}

	private void drawRow(PageCursor cursor, Laid laid, float[] widths, boolean header) {
		float top = cursor.y();
		float x = cursor.left();
		if (laid.row.fill() != null) {
			cursor.fill(x, top - laid.height, cursor.width() * this.share, laid.height, laid.row.fill());
		}
		for (int i = 0; i < widths.length; i++) {
			Cell cell = (i < laid.row.cells().size()) ? laid.row.cells().get(i) : Cell.of("");
			PDFont font = font(cursor, cell);
			float baseline = top - PAD - SIZE + 1;
			for (String line : laid.cells.get(i)) {
				if (this.columns.get(i).right()) {
					cursor.textRight(line, font, SIZE, cell.color(), x + widths[i] - PAD, baseline);
				}
				else {
					cursor.text(line, font, SIZE, cell.color(), x + PAD, baseline);
				}
				baseline -= LEADING;
			}
			x += widths[i];
		}
		cursor.line(cursor.left(), top - laid.height, cursor.left() + cursor.width() * this.share, top - laid.height,
				header ? 1f : 0.5f, header ? Palette.TEXT : Palette.BORDER);
		cursor.down(laid.height);
	}

	private static PDFont font(PageCursor cursor, Cell cell) {
		return cell.bold() ? cursor.fonts.bold : cursor.fonts.regular;
	}

	/** A column: its header, its share of the width, and whether numbers align right. */
	record Column(String header, float weight, boolean right) {

		static Column left(String header, float weight) {
			return new Column(header, weight, false);
		}

		static Column right(String header, float weight) {
			return new Column(header, weight, true);
		}

	}

	/** One cell's text (may contain line breaks) and how it is set. */
	record Cell(String text, Color color, boolean bold) {

		Cell {
			text = (text == null) ? "" : text;
		}

		static Cell of(String text) {
			return new Cell(text, Palette.TEXT, false);
		}

		static Cell bold(String text, Color color) {
			return new Cell(text, color, true);
		}

	}

	/** One row; {@code fill} shades it (null for none). */
	record Row(List<Cell> cells, Color fill) {

		static Row of(String... texts) {
			return new Row(Arrays.stream(texts).map(Cell::of).toList(), null);
		}

		static Row of(Cell... cells) {
			return new Row(List.of(cells), null);
		}

		Row filled(Color color) {
			return new Row(this.cells, color);
		}

	}

	private record Laid(Row row, List<List<String>> cells, float height) {
	}

}
