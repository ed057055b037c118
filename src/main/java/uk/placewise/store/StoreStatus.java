package uk.placewise.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What {@code placewise status} reads from a store, as it is (never migrated or written): who it is, its
 * schema against this build's, and its last nightly runs. Read by {@link StoreStatusReader}.
 *
 * @param identity the store's identity; null for a store made before V15 (its next run gives it one)
 * @param nightlyRuns how many nightly runs the store has (Spring Batch job instances, completed or not)
 * @param lastRuns the latest runs, newest first
 * @param lastRuleset the ruleset of the latest run that assessed (null when none has)
 */
public record StoreStatus(StoreIdentity.Identity identity, Schema schema, long nightlyRuns, List<Run> lastRuns,
		String lastRuleset) {

	/**
	 * @param current the store's schema version (Flyway's history), e.g. "16"
	 * @param latest the latest version this build knows
	 * @param pending migrations this build would apply at the next run that migrates (made on a copy)
	 * @param newer versions in the store's history that this build does not know (a newer Placewise wrote it)
	 */
	public record Schema(String current, String latest, int pending, List<String> newer) {
	}

	/**
	 * One nightly run.
	 *
	 * @param status Spring Batch's status of its latest execution: COMPLETED, FAILED, STARTED (running, or
	 * killed), STOPPED...
	 * @param rulesetVersion the ruleset its results came from; null when it stopped before assessing
	 * @param files its inbox files, as the ingest ledger has them
	 * @param warnings what its ingest said out loud
	 */
	public record Run(long runId, LocalDate asOf, String status, String exitMessage, LocalDateTime started,
			LocalDateTime ended, String rulesetVersion, List<IngestedFile> files, List<IngestWarning> warnings) {
	}
}
