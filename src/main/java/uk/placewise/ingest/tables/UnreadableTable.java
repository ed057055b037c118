package uk.placewise.ingest.tables;

/**
 * A file that cannot be read safely or as what it claims to be: over a size, ratio, depth or count
 * limit, or broken. Its message says which, where, and the limit; the file fails, never the night.
 * It carries no cause: the ingest ledger shows the deepest cause's message, and this one is the story.
 */
public class UnreadableTable extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnreadableTable(String message) {
		super(oneLine(message));
	}

	/** A parser's message on one line (the JDK's StAX puts "Message:" on a line of its own). */
	public static String oneLine(String message) {
		return message == null ? null : message.replaceAll("\\s*\\R\\s*", " ").strip();
	}
}
