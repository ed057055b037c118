package uk.placewise.yaml;

/**
 * A YAML file a council officer or operator edits that cannot be read as written: the message starts
 * with its file and line ({@code jobs/feeds/reg44.yml:12: ...}), so the person who made the mistake can
 * go straight to it.
 */
public class YamlException extends IllegalArgumentException {

	private final String file;

	private final int line;

	public YamlException(String file, int line, String message) {
		super(file + ":" + line + ": " + message);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}
}
