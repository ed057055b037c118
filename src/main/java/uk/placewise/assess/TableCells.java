package uk.placewise.assess;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The cells of a decision table, so that a refusal in the DRL the table becomes names the cell the council
 * edits: {@code visit-frequency.xlsx!C9} for a spreadsheet, {@code table.csv:7} (its line) for CSV.
 */
final class TableCells {

	private record Text(int row, String ref, String text) {
	}

	private final String name;

	private final boolean csv;

	private final List<Text> cells;

	private TableCells(String name, boolean csv, List<Text> cells) {
		this.name = name;
		this.csv = csv;
		this.cells = cells;
	}

	static TableCells of(String name, byte[] content, boolean csv) {
		List<Text> cells = new ArrayList<>();
		if (csv) {
			String[] lines = new String(content, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
			for (int i = 0; i < lines.length; i++) {
				cells.add(new Text(i + 1, String.valueOf(i + 1), lines[i]));
			}
			return new TableCells(name, true, cells);
		}
		DataFormatter format = new DataFormatter();
		try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			for (int s = 0; s < book.getNumberOfSheets(); s++) {
				Sheet sheet = book.getSheetAt(s);
				String prefix = book.getNumberOfSheets() > 1 ? sheet.getSheetName() + "!" : "";
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells.add(new Text(row.getRowNum() + 1, prefix + cell.getAddress().formatAsString(),
								format.formatCellValue(cell)));
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the table cannot be read: SpreadsheetCompiler has said so already; name rows only
		}
		return new TableCells(name, false, cells);
	}

	/**
	 * Where {@code token} is: the cell of {@code row} that holds it, else the first cell that does (the
	 * code rows of a table hold the code its rule rows fill in), else the row itself.
	 */
	String locate(int row, String token) {
		Text found = null;
		java.util.regex.Pattern word = java.util.regex.Pattern.compile(
				(Character.isLetterOrDigit(token.charAt(0)) ? "(?<![\\w$])" : "") + java.util.regex.Pattern.quote(token)
						+ (Character.isLetterOrDigit(token.charAt(token.length() - 1)) ? "(?![\\w$])" : ""));
		for (Text cell : cells) {
			if (word.matcher(cell.text()).find()) {
				if (cell.row() == row) {
					found = cell;
					break;
				}
				if (found == null) {
					found = cell;
				}
			}
		}
		if (csv) {
			return name + ":" + (found == null ? row : found.row());
		}
		return name + "!" + (found == null ? "A" + row : found.ref());
	}
}
