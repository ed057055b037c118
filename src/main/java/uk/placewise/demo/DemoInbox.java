package uk.placewise.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link DemoGenerator#generate(Path)} wrote: the inbox folder and, per file, its data rows (header and
 * title rows not counted).
 */
public record DemoInbox(Path dir, List<InboxFile> files) {

	public DemoInbox {
		files = List.copyOf(files);
	}

	/** Data rows written to the named file, or -1 when there is no such file. */
	public long rows(String fileName) {
		return this.files.stream().filter((f) -> f.name().equals(fileName)).mapToLong(InboxFile::rows).findFirst()
			.orElse(-1);
	}

	/** One file of the inbox. */
	public record InboxFile(String name, long rows) {
	}

}
