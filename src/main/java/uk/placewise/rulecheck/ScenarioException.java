package uk.placewise.rulecheck;

import uk.placewise.yaml.YamlException;

/** A scenario file that cannot be read as written: the message starts with its file and line. */
final class ScenarioException extends YamlException {

	ScenarioException(String file, int line, String message) {
		super(file, line, message);
	}
}
