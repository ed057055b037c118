package uk.placewise.install;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * How the user started Placewise, for a hint they can type again: the launcher's path as they ran it
 * (both launchers pass their {@code $0} as the {@code placewise.launcher} system property:
 * {@code ./placewise} in a checkout, {@code bin/placewise} or {@code /opt/placewise/bin/placewise} from
 * the installed zip), else {@code java -jar} and the jar, else {@code ./placewise}.
 */
public final class LauncherCommand {

	/** The system property the launchers set to their own path, as it was typed. */
	public static final String PROPERTY = "placewise.launcher";

	/** What a shell takes as it is, unquoted. */
	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

	private LauncherCommand() {
	}

	/** The command that starts this Placewise, as the user can type it again. */
	public static String current() {
		String classPath = System.getProperty("java.class.path", "");
		Path jar = !classPath.isEmpty() && !classPath.contains(java.io.File.pathSeparator) && classPath.endsWith(".jar")
				? Path.of(classPath) : null;
		return of(System.getProperty(PROPERTY), jar);
	}

	/**
	 * @param launcher the launcher's path as the user ran it, or null
	 * @param jar the jar {@code java -jar} ran, or null
	 */
	static String of(String launcher, Path jar) {
		if (launcher != null && !launcher.isBlank()) {
			// without a slash it was "sh placewise" in the launcher's own folder: a launcher found on PATH (by the
			// shell, or by 'bash placewise', which finds a script on PATH) passes the path it was found at
			return (launcher.contains("/") ? "" : "sh ") + quoted(launcher);
		}
		if (jar != null) {
			return "java -jar " + quoted(jar.toString());
		}
		return "./placewise";
	}

	/** As a POSIX shell reads it: plain, or in single quotes. */
	static String quoted(String word) {
		return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
	}
}
