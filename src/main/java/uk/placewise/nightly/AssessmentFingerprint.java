package uk.placewise.nightly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.placewise.assess.RuleBase;
import uk.placewise.store.StoreGeneration;

/**
 * What a night's assessment depends on, as one SHA-256: the as-of date, the ruleset version (the rules
 * folder hashed, not compiled), the schedule's configuration (monthly capacity and the bank holidays
 * file's content) and the store's generation. The store is the same as at an earlier run when no run
 * since has ingested a new or changed row ({@code ingest_file}) or purged one (the retention step's
 * write count in the job repository): the generation is the latest run that did either. This run's own
 * ingest and purge count too, as they have happened by the time it is assessed: a run that changed or
 * purged a row has a generation of its own, which no earlier run can share.
 */
@Component
class AssessmentFingerprint {

	private final JdbcClient jdbc;

	private final StoreGeneration generation;

	AssessmentFingerprint(JdbcClient jdbc, StoreGeneration generation) {
		this.jdbc = jdbc;
		this.generation = generation;
	}

	/**
	 * The fingerprint of a night assessed now, or empty when an input cannot be read (the assessment then
	 * runs, and reports the problem as it always has).
	 */
	Optional<String> of(LocalDate asOf, Path rules, Path bankHolidays, OptionalInt monthlyCapacity) {
		String ruleset;
		byte[] holidays;
		try {
			ruleset = RuleBase.versionOf(rules);
			holidays = Files.readAllBytes(bankHolidays);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		String described = String.join("\n", "as-of=" + asOf, "ruleset=" + ruleset,
				"monthly-capacity=" + (monthlyCapacity.isPresent() ? monthlyCapacity.getAsInt() : "none"),
				"bank-holidays=" + hex(sha256(holidays)), "store-generation=" + storeGeneration(),
				"placewise=" + AssessmentFingerprint.class.getPackage().getImplementationVersion());
		return Optional.of(hex(sha256(described.getBytes(StandardCharsets.UTF_8))));
	}

	/** The latest run that ingested a new or changed row, and the latest that purged one. */
	private String storeGeneration() {
		long ingested = generation.lastIngestChange();
		Long purged = jdbc.sql("""
				select coalesce(max(e.job_instance_id), 0) from batch_step_execution s
				join batch_job_execution e on e.job_execution_id = s.job_execution_id
				where s.step_name = 'retention' and s.write_count > 0""").query(Long.class).single();
		return "ingested:" + ingested + ",purged:" + purged;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}
}
