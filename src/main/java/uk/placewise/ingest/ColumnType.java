package uk.placewise.ingest;

import java.sql.Types;

/**
 * The types a feed column can have in {@code jobs/feeds/*.yml}, with the SQL type it is stored as. {@code id}
 * is text that names a child, a setting or a record: Excel writes a numeric ID as {@code 1234.0}, which is
 * read as {@code 1234}, so that the same child or setting links across feeds whichever way it was saved.
 */
enum ColumnType {

	TEXT(Types.VARCHAR), ID(Types.VARCHAR), DATE(Types.DATE), INT(Types.INTEGER), DECIMAL(Types.NUMERIC), YESNO(Types.BOOLEAN),
	CODE(Types.VARCHAR);

	private final int sqlType;

	ColumnType(int sqlType) {
		this.sqlType = sqlType;
	}

	int sqlType() {
		return sqlType;
	}

	static ColumnType of(String name) {
		try {
			return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"unknown type '" + name + "' (use text, id, date, int, decimal, yesno or code)");
		}
	}
}
