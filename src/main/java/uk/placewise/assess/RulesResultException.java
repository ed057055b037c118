package uk.placewise.assess;

/**
 * The rules compiled and ran but gave a result Placewise cannot use (a setting with no score or two,
 * a band that is not one of the four): the message names the setting and the rule.
 */
public class RulesResultException extends IllegalStateException {

	RulesResultException(String message) {
		super(message);
	}
}
