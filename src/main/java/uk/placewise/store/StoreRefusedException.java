package uk.placewise.store;

/**
 * The store cannot be used as it is (damaged, not the one that wrote --out, a migration that cannot go
 * on): the run refuses, changes nothing, and the message says what the operator can do. Exit 1.
 */
public class StoreRefusedException extends RuntimeException {

	public StoreRefusedException(String message) {
		super(message);
	}

	public StoreRefusedException(String message, Throwable cause) {
		super(message, cause);
	}
}
