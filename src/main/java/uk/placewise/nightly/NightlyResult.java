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

	/** Rows of files whose content was already stored by an earlier run: they stand, unread. */
	public int standing() {
		return files.stream().filter(f -> "unchanged".equals(f.status())).mapToInt(IngestedFile::rowsUnchanged).sum();
	}

	/**
	 * The rows the night took, for a one-line summary: {@code 12 rows accepted}, and with files
	 * unchanged since an earlier run {@code 0 rows accepted and 73 standing from 18 unchanged files},
	 * so that an unchanged night never reads as one that took nothing.
	 */
	public String rowsTaken() {
		long unchangedFiles = inboxFiles(files.stream().filter(f -> "unchanged".equals(f.status())).toList());
		return accepted() + " rows accepted" + (unchangedFiles == 0 ? "" : " and " + standing() + " standing from "
				+ unchangedFiles + " unchanged " + (unchangedFiles == 1 ? "file" : "files"));
	}

	/** The inbox files the run saw: a workbook's sheets, ledgered as {@code file#sheet}, are one file. */
	public long inboxFiles() {
		return inboxFiles(files);
	}

	static long inboxFiles(List<IngestedFile> files) {
		return files.stream().map(f -> f.fileName().split("#", 2)[0]).distinct().count();
	}
}
