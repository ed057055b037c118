package uk.placewise.rulecheck;

/** A scenario file that cannot be read as written: the message starts with its file and line. */
final class ScenarioException extends RuntimeException {

	ScenarioException(String file, int line, String message) {
		super(file + ":" + line + ": " + message);
	}
}
