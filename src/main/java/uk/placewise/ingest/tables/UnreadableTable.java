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

	/**
	 * Where an XML file is broken, without the parser's words: they may quote the file's text (an entity
	 * named {@code &A123456789012;} is a UPN), and a return or a workbook may hold a child's record.
	 */
	public static String where(javax.xml.stream.XMLStreamException ex) {
		javax.xml.stream.Location at = ex.getLocation();
		return "not well-formed XML" + (at == null ? "" : " at line " + at.getLineNumber() + ", column "
				+ at.getColumnNumber()) + " (the parser's message is not repeated: it may quote a value)";
	}

	/** A parser's message on one line (the JDK's StAX puts "Message:" on a line of its own). */
	public static String oneLine(String message) {
		return message == null ? null : message.replaceAll("\\s*\\R\\s*", " ").strip();
	}
}
