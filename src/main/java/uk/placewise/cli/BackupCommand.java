package uk.placewise.cli;

import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.placewise.store.H2StoreFile;

/**
 * {@code placewise backup --to FILE}: a consistent copy of the embedded store while nothing writes to
 * it (H2's {@code BACKUP TO}, a zip holding the store file: unzip it into the data folder to restore).
 * The store is opened as it is, never migrated first, so a backup taken with a new release before an
 * upgrade holds the store as the old release left it. A PostgreSQL store is the database
 * administrator's to back up, with pg_dump: the command says how and exits 2, since it made no backup.
 */
final class BackupCommand {

	private final ApplicationContext context;

	private final PrintStream out;

	private final PrintStream err;

	BackupCommand(ApplicationContext context, PrintStream out, PrintStream err) {
		this.context = context;
		this.out = out;
		this.err = err;
	}

	static Path target(CommandLine line) {
		Path target = Path.of(line.required("to")).toAbsolutePath().normalize();
		if (Files.isDirectory(target)) {
			throw new UsageException("--to must name a file, not the folder " + target);
		}
		if (Files.exists(target)) {
			throw new UsageException("--to " + target + " already exists: name a new file (a backup never overwrites one)");
		}
		if (!target.getFileName().toString().endsWith(".zip")) {
			throw new UsageException("--to must name a .zip file, not '" + target.getFileName() + "'");
		}
		return target;
	}

	/** Open the store without migrating it or adding Spring Batch's tables to it. */
	static CommandLine prepare(CommandLine line) {
		return line.withSpringArg("--spring.flyway.enabled=false").withSpringArg("--spring.batch.jdbc.initialize-schema=never");
	}

	int run(CommandLine line) throws Exception {
		Path target = target(line);
		Environment env = context.getEnvironment();
		String url = env.getProperty("spring.datasource.url", "");
		Optional<H2StoreFile> h2 = H2StoreFile.of(url);
		if (h2.isEmpty()) {
			err.println("placewise backup: not made: the store is not an embedded H2 file (" + withoutSecrets(url)
					+ "); back up a PostgreSQL store with its own tools, e.g. pg_dump --format=custom --file="
					+ target.getFileName().toString().replaceFirst("\\.zip$", ".dump")
					+ " <database>, and restore it with pg_restore");
			return Main.USAGE;
		}
		if (!h2.get().exists()) {
			err.println("placewise backup: failed: there is no store at " + h2.get().file() + " to back up");
			return Main.FAILED;
		}
		Files.createDirectories(target.getParent());
		JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
		jdbc.sql("backup to '" + target.toString().replace("'", "''") + "'").update();
		// it holds children's records: owner-only, as the data folder is
		if (Files.exists(target) && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
		}
		if (!Files.isRegularFile(target) || Files.size(target) == 0) {
			err.println("placewise backup: failed: H2 wrote no backup to " + target);
			return Main.FAILED;
		}
		String identity = storeId(jdbc).map(id -> "store " + id).orElse("the store (made before stores had an identity)");
		out.printf("placewise backup: ok: %s copied to %s (%,d bytes); to restore, stop Placewise and unzip it into "
				+ "the data folder %s%n", identity, target, Files.size(target), h2.get().file().getParent());
		return Main.OK;
	}

	private static Optional<String> storeId(JdbcClient jdbc) {
		try {
			return jdbc.sql("select store_id from store_identity").query(String.class).optional();
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static String withoutSecrets(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}

}
