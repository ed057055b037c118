package uk.placewise.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What this build is: {@code placewise-build.properties}, written into the jar by {@code mvn package}
 * (version, the git commit it was built from, the build time), so an install unzipped on a server
 * without git can say what it is. A jar built without git says commit "unknown".
 */
public record BuildInfo(String version, String commit, String built) {

	static final String RESOURCE = "placewise-build.properties";

	/** This build's, or "unknown" for each part when the resource is missing (classes run from an IDE). */
	public static BuildInfo current() {
		Properties p = new Properties();
		try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in != null) {
				p.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE + " in the jar", ex);
		}
		return new BuildInfo(value(p, "version"), value(p, "commit"), value(p, "built"));
	}

	private static String value(Properties p, String key) {
		String v = p.getProperty(key);
		return v == null || v.isBlank() || v.startsWith("${") ? "unknown" : v.strip();
	}

	/** {@code placewise 0.1.0 (commit d50afb8e4b8a, built 2026-12-01T14:45:59Z)}. */
	public String line() {
		return "placewise " + version + " (commit " + commit + ", built " + built + ")";
	}
}
