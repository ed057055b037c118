package uk.placewise.run;

import java.nio.file.Path;

/**
 * Where one run writes before publishing: a hidden staging folder inside --out named by the job
 * instance, so a restart of the same run finds and continues its own staging folder.
 */
public record RunFolder(Path out, long runId) {

	/** Staging folders are hidden (a dot folder), so nobody mistakes one for a night's results. */
	public static final String PREFIX = ".placewise-run-";

	public Path staging() {
		return out.resolve(PREFIX + runId);
	}

	public Path rejects() {
		return staging().resolve("rejects");
	}
}
