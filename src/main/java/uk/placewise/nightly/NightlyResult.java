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
}
