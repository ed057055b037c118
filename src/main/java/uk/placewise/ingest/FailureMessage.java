package uk.placewise.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Why a file failed, in words that name the file and never a value from it: a database error's message
 * quotes the row it refused (a date of birth, a name), so only its kind is told.
 */
final class FailureMessage {

	private static final int MAX = 1500;

	private FailureMessage() {
	}

	static String of(Path file, Throwable failure) {
		String name = file.getFileName().toString();
		Throwable root = failure;
		SQLException sql = null;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
			if (root instanceof SQLException s) {
				sql = s;
			}
		}
		String message;
		if (sql != null || root instanceof SQLException) {
			SQLException s = sql != null ? sql : (SQLException) root;
			message = "the database refused a row of " + name + " (" + s.getClass().getSimpleName() + ", SQL state "
					+ s.getSQLState() + "; the values are not repeated here)";
		}
		else if (root instanceof AccessDeniedException) {
			message = "cannot read " + name + ": permission denied";
		}
		else if (root instanceof NoSuchFileException) {
			message = name + " was taken out of the inbox while the run was reading it";
		}
		else if (root instanceof IOException || root instanceof IllegalStateException
				|| root instanceof uk.placewise.ingest.tables.UnreadableTable) {
			// our own messages (a workbook's limits), and the file system's (which name paths, not contents)
			message = root.getMessage() == null ? root.getClass().getSimpleName() + " reading " + name : root.getMessage();
		}
		else {
			message = root.getClass().getSimpleName() + " while reading " + name;
		}
		return message.length() > MAX ? message.substring(0, MAX) : message;
	}
}
