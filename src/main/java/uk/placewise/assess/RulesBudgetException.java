package uk.placewise.assess;

/**
 * The rules ran over their time budget or inserted more facts than the cap ({@link RuleBudget}): the
 * session was halted and the run fails. The message names the rule that fired most and how often.
 */
public class RulesBudgetException extends RuntimeException {

	public RulesBudgetException(String message) {
		super(message);
	}
}
