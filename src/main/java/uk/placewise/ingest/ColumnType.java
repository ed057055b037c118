package uk.placewise.ingest;

import java.sql.Types;

/** The types a feed column can have in {@code jobs/feeds/*.yml}, with the SQL type it is stored as. */
enum ColumnType {

	TEXT(Types.VARCHAR), DATE(Types.DATE), INT(Types.INTEGER), DECIMAL(Types.NUMERIC), YESNO(Types.BOOLEAN),
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
					"unknown type '" + name + "' (use text, date, int, decimal, yesno or code)");
		}
	}
}
