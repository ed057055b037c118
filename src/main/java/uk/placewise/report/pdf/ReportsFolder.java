package uk.placewise.report.pdf;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The council's {@code reports/} folder (targets and fonts). A file found in the folder wins, so a
 * council can change it without a build; otherwise the copy shipped inside the jar under
 * {@code /reports/} is used, so the jar still works when run from another directory.
 */
public final class ReportsFolder {

	/** The default location, relative to the working directory. */
	public static final Path DEFAULT = Path.of("reports");

	private final Path folder;

	public ReportsFolder(Path folder) {
		this.folder = (folder == null) ? DEFAULT : folder;
	}

	public static ReportsFolder defaults() {
		return new ReportsFolder(DEFAULT);
	}

	public Path folder() {
		return this.folder;
	}

	/** Opens {@code relative} (e.g. {@code fonts/LiberationSans-Regular.ttf}) from the folder or the jar. */
	public InputStream open(String relative) throws IOException {
		Path file = this.folder.resolve(relative);
		if (Files.isRegularFile(file)) {
			return Files.newInputStream(file);
		}
		InputStream bundled = ReportsFolder.class.getResourceAsStream("/reports/" + relative);
		if (bundled == null) {
			throw new FileNotFoundException(relative + " is neither in " + this.folder.toAbsolutePath()
					+ " nor bundled in the jar");
		}
		return bundled;
	}

	/** Where {@code relative} will be read from, for messages. */
	public String describe(String relative) {
		Path file = this.folder.resolve(relative);
		return Files.isRegularFile(file) ? file.toString() : "classpath:/reports/" + relative;
	}

}
