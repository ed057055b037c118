package uk.placewise.ingest;

import java.util.List;

import uk.placewise.ingest.CsvRecords.CsvRecord;

/**
 * Why a file that matched no feed is not one, when a header row in it looks like a feed's but is
 * ruled out by that feed's recognition: Ofsted publishes several tables with the provider list's URN,
 * provision type and registration status columns, and an operator who drops one in the inbox should
 * read why it was left alone.
 */
final class NotAFeed {

	private NotAFeed() {
	}

	/** "looks like ofsted-providers (header on line 4), but it has none of ...: not a feed", or null. */
	static String explain(CsvRecords records, List<FeedDefinition> feeds) {
		{
			for (int i = 0; i < FileIngester.HEADER_SEARCH_ROWS; i++) {
				CsvRecord record = records.next();
				if (record == null || record.truncatedTail() != null) {
					return null;
				}
				for (FeedDefinition feed : feeds) {
					String why = HeaderMatch.ruledOut(feed, record.cells());
					if (why != null) {
						return "looks like " + feed.feed() + " (header on line " + record.line() + "), but " + why
								+ ": another table, not a feed (jobs/feeds/" + feed.definedIn() + ")";
					}
				}
			}
			return null;
		}
	}
}
