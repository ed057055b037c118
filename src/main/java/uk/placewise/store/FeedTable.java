package uk.placewise.store;

import java.util.List;

/**
 * A feed's table as the store needs to know it: its name, its canonical columns with their SQL types
 * ({@link java.sql.Types}), and which of them make the natural key.
 */
public record FeedTable(String table, List<String> columns, int[] sqlTypes, List<String> key) {
}
