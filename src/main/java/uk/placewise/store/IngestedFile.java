package uk.placewise.store;

/** What one nightly run did with one inbox file. Status: ingested, unchanged, unrecognised or failed. */
public record IngestedFile(String fileName, String sha256, String feed, String status, int rowsRead,
		int rowsAccepted, int rowsRejected, int rowsUnchanged, long millis, String message) {
}
