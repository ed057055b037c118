package uk.placewise.ingest.workbook;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import uk.placewise.ingest.tables.Cells;
import uk.placewise.ingest.tables.UnreadableTable;

/**
 * What an Excel cell holds, as text: shared and inline strings as written, numbers as typed
 * ({@code 1234}, never {@code 1234.0}), a number in a date format as the ISO date Excel shows,
 * booleans as {@code TRUE}/{@code FALSE}, errors as {@code #N/A}.
 */
final class XlsxCells {

	private final ReadOnlySharedStringsTable strings;

	private final StylesTable styles;

	private final boolean date1904;

	private final Map<Integer, Boolean> dateStyles = new HashMap<>();

	XlsxCells(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
	}

	/**
	 * @param type the cell's {@code t} attribute (null for a number)
	 * @param style the cell's {@code s} attribute (null for the default style)
	 * @param value the text of its {@code <v>}, or of its {@code <is>} for an inline string
	 */
	String text(String type, String style, String value, String where) {
		if (value == null) {
			return "";
		}
		switch (type == null ? "n" : type) {
			case "s" -> {
				return shared(value, where);
			}
			case "inlineStr", "str", "e" -> {
				return value;
			}
			case "b" -> {
				return "1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip()) ? "TRUE" : "FALSE";
			}
			case "d" -> {
				return value.replace('T', ' ');
			}
			default -> {
				return number(style, value);
			}
		}
	}

	private String shared(String value, String where) {
		try {
			int index = Integer.parseInt(value.strip());
			if (index < 0 || index >= strings.getCount()) {
				throw new UnreadableTable("cell " + where + " names shared string " + index + ", which the workbook lacks");
			}
			return strings.getItemAt(index).getString();
		}
		catch (NumberFormatException ex) {
			throw new UnreadableTable("cell " + where + " names a shared string by something not a number (not repeated: it may be a value)");
		}
	}

	private String number(String style, String value) {
		if (value.isBlank()) {
			return "";
		}
		if (style != null && isDateStyle(style)) {
			try {
				double serial = Double.parseDouble(value);
				if (DateUtil.isValidExcelDate(serial)) {
					LocalDateTime at = DateUtil.getLocalDateTime(serial, date1904, true);
					return Cells.date(at);
				}
			}
			catch (NumberFormatException ex) {
				return value;
			}
		}
		return Cells.number(value);
	}

	private boolean isDateStyle(String style) {
		int index;
		try {
			index = Integer.parseInt(style.strip());
		}
		catch (NumberFormatException ex) {
			return false;
		}
		return dateStyles.computeIfAbsent(index, i -> {
			if (styles == null || i < 0 || i >= styles.getNumCellStyles()) {
				return false;
			}
			XSSFCellStyle cellStyle = styles.getStyleAt(i);
			return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		});
	}
}
