package uk.placewise.facts;

/** Where a fact came from: the inbox file name and the physical line of its row. */
public record Source(String file, long line) {

	public static final Source NONE = new Source("", 0);

	@Override
	public String toString() {
		return file.isEmpty() ? "" : file + ":" + line;
	}
}
