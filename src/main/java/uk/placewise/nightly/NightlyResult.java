package uk.placewise.nightly;

import java.util.List;

import uk.placewise.store.IngestWarning;
import uk.placewise.store.IngestedFile;

/** How a nightly run ended, with what the one-line summary needs. */
public record NightlyResult(long runId, boolean completed, boolean restarted, String failure,
		List<IngestedFile> files, List<IngestWarning> warnings) {

	/** Whether the night took every input, and what it says out loud. */
	public NightVerdict verdict() {
		return NightVerdict.of(files, warnings);
	}

	public int rejected() {
		return files.stream().mapToInt(IngestedFile::rowsRejected).sum();
	}

	public int accepted() {
		return files.stream().mapToInt(IngestedFile::rowsAccepted).sum();
	}

	/** The inbox files the run saw: a workbook's sheets, ledgered as {@code file#sheet}, are one file. */
	public long inboxFiles() {
		return inboxFiles(files);
	}

	static long inboxFiles(List<IngestedFile> files) {
		return files.stream().map(f -> f.fileName().split("#", 2)[0]).distinct().count();
	}
}
