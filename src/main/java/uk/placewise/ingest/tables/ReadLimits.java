package uk.placewise.ingest.tables;

/**
 * The bounds every container reader keeps, so a hostile or broken file fails on its own with a
 * clear message instead of exhausting the night's memory or time. The row, column and cell text
 * limits are Excel's own: no council sheet exceeds them.
 */
public final class ReadLimits {

	/** Excel's rows per sheet. */
	public static final int MAX_ROWS = 1_048_576;

	/** Excel's columns per sheet (XFD). */
	public static final int MAX_COLUMNS = 16_384;

	/** Excel's characters per cell. */
	public static final int MAX_CELL_CHARS = 32_767;

	/** Sheets (or DfE tables) in one file. */
	public static final int MAX_TABLES = 255;

	/** Non-blank cells in one file, across all its tables (the 2025 Ofsted workbook has about 1.1 million). */
	public static final long MAX_CELLS = 50_000_000;

	/** Uncompressed size of one zip entry (the 2025 Ofsted workbook's content.xml is 75 MB). */
	public static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

	/**
	 * Smallest compressed-to-uncompressed ratio of a zip entry, as Apache POI's ZipSecureFile
	 * defaults it: an entry that inflates more than 100 times is a zip bomb (the 2025 workbook: 23 times).
	 */
	public static final double MIN_INFLATE_RATIO = 0.01;

	/** XML element nesting (an ODS cell's text spans nest; an SSDA903 return is five deep). */
	public static final int MAX_DEPTH = 64;

	private ReadLimits() {
	}
}
