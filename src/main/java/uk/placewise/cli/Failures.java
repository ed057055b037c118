package uk.placewise.cli;

import java.sql.SQLException;

import uk.placewise.run.LockFile;
import uk.placewise.run.RunLock;
import uk.placewise.store.StoreRefusedException;

/** Turns an exception into the one sentence a person at a terminal needs, without a stack trace. */
final class Failures {

	private Failures() {
	}

	static String describe(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof RunLock.AlreadyRunningException || t instanceof StoreRefusedException
					|| t instanceof LockFile.NotRegularException) {
				return t.getMessage();
			}
		}
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getMessage() != null
					&& sql.getMessage().contains("Database may be already in use")) {
				return "the database is in use by another Placewise run (only one may run at a time): "
						+ firstLine(sql.getMessage());
			}
		}
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String m = t.getMessage();
			if (m != null && (m.startsWith("File is corrupted") || m.startsWith("File corrupted"))) {
				return "the store is damaged: H2 cannot read it (" + firstLine(m) + "); nothing was changed. Restore it "
						+ "from a backup (placewise backup --to FILE makes one: unzip it into the data folder)";
			}
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return firstLine(message) + " (details in placewise.log in the data folder)";
	}

	private static String firstLine(String s) {
		int nl = s.indexOf('\n');
		return nl < 0 ? s : s.substring(0, nl);
	}
}
