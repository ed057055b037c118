package uk.placewise.ingest;

import uk.placewise.store.IngestWarning;
import uk.placewise.store.IngestedFile;

/**
 * A file recognised as a feed but lacking a column the feed needs in its header: it is not read and
 * nothing of it is stored, because reading it would store something false (an episodes file without
 * DEC would leave every placement open). The ledger's message says how to put it right.
 */
final class Refusal {

	static final String STATUS = "refused";

	private Refusal() {
	}

	static IngestedFile of(String name, String sha, HeaderMatch header, long millis) {
		FeedDefinition feed = header.feed();
		String columns = String.join(", ", header.missing());
		String plural = header.missing().size() == 1 ? " column" : " columns";
		return new IngestedFile(name, sha, feed.feed(), STATUS, 0, 0, 0, 0, millis, "refused: no " + columns + plural
				+ "; the header on line " + header.line() + " is " + feed.feed() + "'s, which needs " + (header.missing()
					.size() == 1 ? "it" : "them")
				+ " (blank cells are fine, a missing column is not); nothing of the file is stored. If the file names "
				+ (header.missing().size() == 1 ? "it" : "them") + " otherwise, add that name as an alias in jobs/feeds/"
				+ feed.definedIn());
	}

	/** The short reason for the one-line summary: {@code no DEC column}. */
	static IngestWarning brief(String name, HeaderMatch header) {
		String brief = "no " + String.join(", ", header.missing()) + (header.missing().size() == 1 ? " column" : " columns");
		return new IngestWarning(name, IngestWarning.MISSING_COLUMN, brief, brief + ": refused");
	}
}
