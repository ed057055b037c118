package uk.placewise.cli;

/** A command line that cannot be run as typed: exit code 2 with a message saying why. */
public class UsageException extends RuntimeException {

	public UsageException(String message) {
		super(message);
	}
}
