package uk.placewise.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.placewise.store.StoreIdentity;
import uk.placewise.store.StoreRefusedException;

/**
 * Before a night starts: is this store the one that wrote --out? run-summary.json names the store
 * (store_id) and the run. When --out was written by another store, this one was lost, replaced or
 * swapped (a data folder restored from the wrong council, a new empty store after the old was deleted
 * or truncated): its run 1 would otherwise be taken for the run 1 already published, or replace a
 * history it knows nothing of. So the run is refused, nothing changed, unless the operator says the
 * new store is meant ({@code nightly --new-store}), or takes run-summary.json out of --out.
 *
 * <p>A summary written before stores had an identity (no store_id) is this store's when the store
 * holds its run with its as-of date.
 */
@Component
class StoreContinuity {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreContinuity.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StoreIdentity identity;

	private final JdbcClient jdbc;

	StoreContinuity(StoreIdentity identity, JdbcClient jdbc) {
		this.identity = identity;
		this.jdbc = jdbc;
	}

	/**
	 * Which store last started a night on --out: written before anything is published, and kept while
	 * run-summary.json is away (publishing takes the old summary out first, so a run killed half-way
	 * through publishing leaves none).
	 */
	static final String MARKER = ".placewise-store";

	void check(Path out, boolean acceptNewStore) throws IOException {
		StoreIdentity.Identity mine = identity.identity();
		Path summary = out.resolve(RunSummaryWriter.FILE_NAME);
		Path marker = out.resolve(MARKER);
		if (acceptNewStore) {
			return;
		}
		if (!Files.isRegularFile(summary)) {
			String theirs = Files.isRegularFile(marker) ? Files.readString(marker).strip() : null;
			if (theirs != null && !theirs.equals(mine.id())) {
				throw new StoreRefusedException(out + " was last written by store " + theirs + " (its publishing did not "
						+ "finish), but this store is " + mine.id() + ": the data folder or database is not the one that "
						+ "wrote --out; nothing was changed. Restore the store from its backup, or run again with "
						+ "--new-store to replace what is in " + out);
			}
			return;
		}
		JsonNode published;
		try {
			published = JSON.readTree(summary.toFile());
		}
		catch (JacksonException ex) {
			throw new StoreRefusedException(summary + " cannot be read (" + ex.getOriginalMessage()
					+ "), so this run cannot tell whether this store wrote --out; nothing was changed. Move it aside, "
					+ "or run with --new-store to replace what is in " + out);
		}
		String theirs = published.path("store_id").asString(null);
		long run = published.path("run_id").asLong(-1);
		String asOf = published.path("as_of").asString("?");
		if (theirs != null && theirs.equals(mine.id()) && run > 0 && !holds(run, asOf)) {
			// this store wrote --out but no longer holds the run it published: restored from an older backup
			continueAfter(run, asOf, out);
		}
		if (theirs != null ? theirs.equals(mine.id()) : holds(run, asOf)) {
			return;
		}
		long runs = identity.assessedRuns();
		throw new StoreRefusedException(out + " holds run " + run + " as of " + asOf + " of "
				+ (theirs == null ? "a store" : "store " + theirs) + ", but this store is " + mine.id() + " (made "
				+ mine.created() + ", " + runs + (runs == 1 ? " run" : " runs") + "): the data folder or database is not the one "
				+ "that wrote --out (lost, replaced or swapped?); nothing was changed. Restore the store from its backup "
				+ "(placewise backup --to FILE makes one), or, to go on with this store deliberately, run again with "
				+ "--new-store (its outputs then replace those in " + out + ")");
	}

	/** Records that this store now writes --out (after {@link #check} let it). */
	void claim(Path out) throws IOException {
		Path marker = out.resolve(MARKER);
		String mine = identity.identity().id();
		if (!Files.isRegularFile(marker) || !Files.readString(marker).strip().equals(mine)) {
			Path next = out.resolve(MARKER + ".next");
			Files.writeString(next, mine + "\n");
			Files.move(next, marker, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
	}

	/**
	 * A store restored from a backup older than --out would give its next nights the run ids --out has
	 * already published for other nights: the run id sequence is moved past the published run, so that a
	 * run id in --out names one night only. (Ids may skip numbers, as after a kill -9; they never repeat.)
	 */
	private void continueAfter(long published, String asOf, Path out) {
		Long highest = jdbc.sql("select max(job_instance_id) from batch_job_instance").query(Long.class).optional()
			.orElse(0L);
		if (highest == null || highest < published) {
			jdbc.sql("alter sequence batch_job_instance_seq restart with " + (published + 1)).update();
			LOG.warn("{} holds run {} as of {} of this store, which the store does not hold (restored from an older"
					+ " backup?): run ids go on from {}, so that none is used twice", out, published, asOf, published + 1);
		}
	}

	private boolean holds(long run, String asOf) {
		LocalDate date;
		try {
			date = LocalDate.parse(asOf);
		}
		catch (DateTimeParseException ex) {
			return false;
		}
		return jdbc.sql("select count(*) from assessment_run where run_id = ? and as_of = ?")
			.params(run, Date.valueOf(date))
			.query(Long.class)
			.single() > 0;
	}
}
