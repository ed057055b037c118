package uk.placewise.ingest.tables;

/** One row of a table: its row number (or line) in the file and its cells as text, none null. */
public record TableRow(long line, String[] cells) {
}
