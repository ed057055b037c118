package uk.placewise.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.placewise.store.H2StoreFile;

/**
 * A command that opens the embedded store while a reader holds its file ({@code placewise status}, a
 * backup by hand) waits for it, for a bounded time, instead of failing: H2 lets one process have the
 * file at a time, and a monitoring poll must never fail the night. It waits only while no other run
 * holds the run lock (a run is not a passing reader: then it fails at once, as before), and says so in
 * the log. Once open, the store is {@link #hold held} open by this process for the whole command, so
 * a reader that comes later is told a run has it, and Spring's pool never meets it.
 */
final class StoreInUse {

	/** H2's ErrorCode.DATABASE_ALREADY_OPEN_1: "Database may be already in use". */
	static final int DATABASE_ALREADY_OPEN = 90020;

	static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(StoreInUse.class);

	private static final long PAUSE_MILLIS = 200;

	private final Duration wait;

	private final BooleanSupplier anotherRunHoldsTheLock;

	StoreInUse(Duration wait, BooleanSupplier anotherRunHoldsTheLock) {
		this.wait = wait;
		this.anotherRunHoldsTheLock = anotherRunHoldsTheLock;
	}

	/** Runs {@code work}, again after a pause while it fails only because another process has the store. */
	<T> T retry(H2StoreFile store, Callable<T> work) throws Exception {
		long deadline = System.nanoTime() + wait.toNanos();
		boolean said = false;
		while (true) {
			try {
				return work.call();
			}
			catch (Exception ex) {
				if (!inUse(ex) || anotherRunHoldsTheLock.getAsBoolean() || System.nanoTime() > deadline) {
					if (said) {
						log.warn("The store {} was still open in another process after {} s; giving up", store.file(),
								wait.toSeconds());
					}
					throw ex;
				}
				if (!said) {
					log.info("The store {} is open in another process (a placewise status or backup reading it?) and no "
							+ "run holds the run lock: waiting up to {} s for it", store.file(), wait.toSeconds());
					said = true;
				}
				Thread.sleep(PAUSE_MILLIS);
			}
		}
	}

	/**
	 * Opens a connection to an existing store, waiting as {@link #retry} does, and keeps it open until
	 * closed: H2 then keeps the file in this process. Null when there is no store yet.
	 */
	Connection hold(H2StoreFile store, String user, String password) throws Exception {
		if (!store.exists()) {
			return null;
		}
		Connection connection = retry(store, () -> DriverManager.getConnection(store.url() + ";IFEXISTS=TRUE", user, password));
		log.debug("Holding the store {} open for this command", store.file());
		return connection;
	}

	static boolean inUse(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && (sql.getErrorCode() == DATABASE_ALREADY_OPEN
					|| sql.getMessage() != null && sql.getMessage().contains("Database may be already in use"))) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}
}
