package uk.placewise.run;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * One writer at a time on a PostgreSQL store, whichever host it runs on: the {@link RunLock} file is in
 * the local data folder, so two hosts (or two data folders) would both take theirs. This is a
 * session-level advisory lock ({@code pg_try_advisory_lock}) on the store's schema, held on a
 * connection of its own for the whole run; PostgreSQL releases it when that connection ends, so a
 * killed run (its socket closed by the operating system) never leaves it behind. The holder is named by
 * the lock connection's application_name, which a second run reads from pg_stat_activity.
 */
public final class DatabaseLock implements AutoCloseable {

	/** The first half of the lock's key ("PLWS"); the second is the store's schema, hashed. */
	static final int KEY = 0x504C5753;

	private final Connection connection;

	private DatabaseLock(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Takes the lock or fails at once with {@link RunLock.AlreadyRunningException}; null when the store is
	 * not PostgreSQL (the run lock file is enough for a file on this machine).
	 */
	public static DatabaseLock acquire(String url, String user, String password, String holder) {
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			return null;
		}
		Properties properties = new Properties();
		properties.setProperty("user", user == null ? "" : user);
		properties.setProperty("password", password == null ? "" : password);
		properties.setProperty("ApplicationName", applicationName(holder));
		Connection connection = null;
		try {
			connection = DriverManager.getConnection(url, properties);
			connection.setAutoCommit(true);
			try (PreparedStatement lock = connection
				.prepareStatement("select pg_try_advisory_lock(?, hashtext(current_schema()))")) {
				lock.setInt(1, KEY);
				try (ResultSet rs = lock.executeQuery()) {
					rs.next();
					if (rs.getBoolean(1)) {
						return new DatabaseLock(connection);
					}
				}
			}
			String running = holderOf(connection);
			connection.close();
			throw new RunLock.AlreadyRunningException("another Placewise run is using the database " + withoutSecrets(url)
					+ ": " + running + "; this run did nothing (start it again when that one has finished)");
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new IllegalStateException("cannot take the run lock in the database " + withoutSecrets(url) + ": "
					+ ex.getMessage(), ex);
		}
	}

	/**
	 * Who holds the lock on the connection's schema now, found without taking it ({@code placewise status});
	 * empty when no run holds it.
	 */
	public static java.util.Optional<String> heldBy(Connection connection) throws SQLException {
		String who = holderOf(connection);
		return who.equals(NO_HOLDER) ? java.util.Optional.empty() : java.util.Optional.of(who);
	}

	private static final String NO_HOLDER = "(holder unknown)";

	private static String holderOf(Connection connection) throws SQLException {
		try (PreparedStatement who = connection.prepareStatement("""
				select a.application_name, a.client_addr, a.backend_start from pg_locks l
				join pg_stat_activity a on a.pid = l.pid
				where l.locktype = 'advisory' and l.granted and l.classid = ? and l.objid = hashtext(current_schema())::oid
				    and l.database = (select oid from pg_database where datname = current_database())""")) {
			who.setInt(1, KEY);
			try (ResultSet rs = who.executeQuery()) {
				if (!rs.next()) {
					return NO_HOLDER;
				}
				String from = rs.getString(2) == null ? "" : " from " + rs.getString(2);
				return rs.getString(1) + " (connected" + from + " since " + rs.getTimestamp(3).toInstant() + ")";
			}
		}
		catch (SQLException ex) {
			return "(holder unknown: " + ex.getMessage() + ")";
		}
	}

	/** PostgreSQL keeps 63 bytes of it: the holder first, then this process and host. */
	static String applicationName(String holder) {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (Exception ex) {
			host = "unknown host";
		}
		String text = (holder + ", pid " + ProcessHandle.current().pid() + " on " + host).replaceAll("[^\\x20-\\x7e]", "?");
		return text.length() <= 63 ? text : text.substring(0, 63);
	}

	private static String withoutSecrets(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ignored) {
				// already failing; the lock (if any) ends with the connection
			}
		}
	}

	@Override
	public void close() throws SQLException {
		try (Statement st = connection.createStatement()) {
			st.execute("select pg_advisory_unlock_all()");
		}
		finally {
			connection.close();
		}
	}
}
