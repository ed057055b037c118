package uk.placewise.assess;

import java.util.List;

/**
 * The rules folder could not be used: each message names the file and line
 * ({@code rules/ofsted.drl:42: ...}), or for a decision table the spreadsheet row.
 */
public class RulesCompileException extends RuntimeException {

	private final List<String> messages;

	public RulesCompileException(List<String> messages) {
		super("The rules do not compile:\n  " + String.join("\n  ", messages));
		this.messages = List.copyOf(messages);
	}

	public List<String> messages() {
		return messages;
	}
}
